/**
 * The reference page: static HTML, CSS and JavaScript modules under {@code static/} that read only
 * the public JSON API, and the one route that serves the article page for {@code /articles/{slug}}.
 */
@NullMarked
package app.verbatim.ui;

import org.jspecify.annotations.NullMarked;
