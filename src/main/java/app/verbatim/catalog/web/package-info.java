/** The catalog module's HTTP layer. */
@NullMarked
package app.verbatim.catalog.web;

import org.jspecify.annotations.NullMarked;
