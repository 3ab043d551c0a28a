/**
 * The drafter's language layer: sentences, tokens, parts of speech and lemmas from Apache OpenNLP's
 * Universal Dependencies English models, loaded once and lazily so that start-up never waits.
 */
@NullMarked
package app.verbatim.draft.nlp;

import org.jspecify.annotations.NullMarked;
