/** The audit trail: every write, who made it, and the versions before and after. */
@NullMarked
package app.verbatim.audit;

import org.jspecify.annotations.NullMarked;
