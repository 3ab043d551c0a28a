/**
 * TEMPORARY (draft-web): stands in for draft-app's package until its branch is merged.
 */
@NullMarked
package app.verbatim.draft;

import org.jspecify.annotations.NullMarked;
