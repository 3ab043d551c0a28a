/** Articles: the verbatim text every other record is anchored to. */
@NullMarked
package app.verbatim.article;

import org.jspecify.annotations.NullMarked;
