/** The person module's HTTP layer. */
@NullMarked
package app.verbatim.person.web;

import org.jspecify.annotations.NullMarked;
