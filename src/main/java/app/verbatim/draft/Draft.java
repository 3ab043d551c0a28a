package app.verbatim.draft;

import app.verbatim.document.ArticleDocument;
import java.util.List;

/**
 * A proposed article document, importable as it is ({@code POST /api/v1/articles}), and what a
 * person should check before importing it, least certain first within each record kind.
 */
public record Draft(ArticleDocument document, List<ReviewItem> review) {
}
