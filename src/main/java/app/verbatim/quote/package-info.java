/** Quotes: who said what, direct or reported, anchored to the words of the article. */
@NullMarked
package app.verbatim.quote;

import org.jspecify.annotations.NullMarked;
