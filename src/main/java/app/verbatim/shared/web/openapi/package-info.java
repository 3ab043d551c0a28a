/**
 * The served OpenAPI document made exact: what may be null, what is always there, the statuses
 * and problems each operation answers, who may call it. Derived from the wire records and from
 * what springdoc found on the controllers, so it follows them when they change.
 */
@NullMarked
package app.verbatim.shared.web.openapi;

import org.jspecify.annotations.NullMarked;
