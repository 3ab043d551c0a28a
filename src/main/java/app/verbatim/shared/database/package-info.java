/** Where the database comes from when none is configured. */
@NullMarked
package app.verbatim.shared.database;

import org.jspecify.annotations.NullMarked;
