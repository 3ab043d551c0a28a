/** The resolution module's HTTP layer. */
@NullMarked
package app.verbatim.resolution.web;

import org.jspecify.annotations.NullMarked;
