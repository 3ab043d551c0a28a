/**
 * The change log: every create, update and delete of a record, tombstones included, in an order
 * a script can follow with a cursor and never miss or repeat a change (migration V7 says how).
 */
@NullMarked
package app.verbatim.change;

import org.jspecify.annotations.NullMarked;
