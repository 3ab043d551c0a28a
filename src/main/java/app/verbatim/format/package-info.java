/**
 * The formats besides JSON, by content negotiation: CSV for quote and event collections,
 * schema.org JSON-LD for articles, quotes, people, events and resolutions.
 */
@NullMarked
package app.verbatim.format;

import org.jspecify.annotations.NullMarked;
