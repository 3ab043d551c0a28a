package app.verbatim.document.web;

import app.verbatim.article.Articles;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/** The search parameters of {@code /articles}, bound from the query by {@code shared.web}'s resolver. */
record ArticleQuery(
        @Parameter(description = "Full-text query over headline and body, web-search syntax; adds match.rank and match.snippet")
        @Nullable String q,
        @Parameter(description = "With q: relevance or newest. Default: relevance when the query matches at most 1 000 articles, "
                + "else newest first with totalRelation gte (the envelope's sort says which). sort=relevance ranks every match, however many.")
        Articles.@Nullable SearchSort sort) {

    /** The full-text query, or null without one. */
    @Nullable String text() {
        return q == null || q.isBlank() ? null : q.strip();
    }
}
