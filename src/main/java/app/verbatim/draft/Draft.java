package app.verbatim.draft;

import app.verbatim.document.ArticleDocument;
import java.util.List;

/** TEMPORARY (draft-web): draft-app's record, until its branch is merged. */
public record Draft(ArticleDocument document, List<ReviewItem> review) {
}
