/** The document module's HTTP layer. */
@NullMarked
package app.verbatim.document.web;

import org.jspecify.annotations.NullMarked;
