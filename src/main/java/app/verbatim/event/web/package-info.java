/** The event module's HTTP layer. */
@NullMarked
package app.verbatim.event.web;

import org.jspecify.annotations.NullMarked;
