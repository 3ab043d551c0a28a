/** The shared kernel: text spans, time references, paging and the error vocabulary. */
@NullMarked
package app.verbatim.shared;

import org.jspecify.annotations.NullMarked;
