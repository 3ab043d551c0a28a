/**
 * The reference page: static HTML, CSS and JavaScript modules under {@code static/} that read only
 * the public JSON API, and the addresses that serve them ({@link Pages}).
 */
@NullMarked
package app.verbatim.ui;

import org.jspecify.annotations.NullMarked;
