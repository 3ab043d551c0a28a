/** Events: what the article says happened or is planned, when, where and with whom. */
@NullMarked
package app.verbatim.event;

import org.jspecify.annotations.NullMarked;
