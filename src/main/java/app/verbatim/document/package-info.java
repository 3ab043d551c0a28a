/**
 * The article document: importing a whole article with its records, and assembling the
 * article model the API serves. The only module that knows every other one.
 */
@NullMarked
package app.verbatim.document;

import org.jspecify.annotations.NullMarked;
