/**
 * The drafter: raw article text in, a draft article document out, in the very shape the
 * importer reads, with a list of what a person should review. Drafting stores nothing.
 * {@link app.verbatim.draft.Drafter} is the public face; {@code nlp} and {@code attribution}
 * find sentences, tokens and quotes, {@code pipeline} the rest (structure, people, places,
 * organizations, times, events).
 */
@NullMarked
package app.verbatim.draft;

import org.jspecify.annotations.NullMarked;
