/** Places, organizations and topics: named once, linked from the records that mention them. */
@NullMarked
package app.verbatim.catalog;

import org.jspecify.annotations.NullMarked;
