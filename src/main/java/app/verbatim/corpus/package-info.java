/**
 * A deterministic, realistic benchmark corpus: articles, people, quotes, events and the catalog,
 * generated from a seed number and loaded with PostgreSQL's COPY. Run with
 * {@code --verbatim.corpus.generate=true}; never part of the tests' data or of a normal start.
 */
@NullMarked
package app.verbatim.corpus;

import org.jspecify.annotations.NullMarked;
