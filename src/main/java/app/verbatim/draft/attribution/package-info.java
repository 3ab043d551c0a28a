/**
 * Finding who said what in a news text: direct quotes (words between quotation marks, whatever
 * their shape) and reported speech whose speaker the text names, each with the spans of its
 * content, its source (the words naming the speaker) and its cue (the speech verb or phrase).
 * Rule-based over {@link app.verbatim.draft.nlp.AnalyzedText}'s tokens and parts of speech.
 */
@NullMarked
package app.verbatim.draft.attribution;

import org.jspecify.annotations.NullMarked;
