/** The change log over HTTP: pages of JSON, or a live Server-Sent Events stream. */
@NullMarked
package app.verbatim.change.web;

import org.jspecify.annotations.NullMarked;
