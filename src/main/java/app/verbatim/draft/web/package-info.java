/** The drafts resource: {@code POST /api/v1/drafts} and its bulk stream. */
@NullMarked
package app.verbatim.draft.web;

import org.jspecify.annotations.NullMarked;
