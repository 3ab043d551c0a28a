/**
 * The database underneath: the embedded fallback when none is configured, and the gate that
 * fails fast while it is unreachable. A named interface for the change feed's own connection.
 */
@NullMarked
@NamedInterface("database")
package app.verbatim.shared.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
