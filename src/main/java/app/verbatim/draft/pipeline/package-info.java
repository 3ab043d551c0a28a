/**
 * The drafter's stages, each reading the text and the stages before it and adding records with
 * their spans: structure and editors' notes, places and organizations, people and speakers,
 * quotes, times, events. Offsets here are Java string (UTF-16) indexes until {@link
 * app.verbatim.draft.pipeline.Body#span} turns them into the service's code-point spans.
 */
@NullMarked
package app.verbatim.draft.pipeline;

import org.jspecify.annotations.NullMarked;
