/** The quote module's HTTP layer. */
@NullMarked
package app.verbatim.quote.web;

import org.jspecify.annotations.NullMarked;
