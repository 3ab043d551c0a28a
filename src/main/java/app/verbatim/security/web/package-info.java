/** The security module's HTTP layer. */
@NullMarked
package app.verbatim.security.web;

import org.jspecify.annotations.NullMarked;
