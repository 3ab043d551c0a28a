/** Resolutions and declarations the articles invoke, with what the text does and does not say of them. */
@NullMarked
package app.verbatim.resolution;

import org.jspecify.annotations.NullMarked;
