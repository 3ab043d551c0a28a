package app.verbatim.article;

import app.verbatim.shared.Match;
import app.verbatim.shared.TimeRef;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article in a listing: enough to choose it, not its text; {@code match} only answers a query. */
public record ArticleSummary(String slug, String headline, @Nullable String publisher, @Nullable String url,
                             String language, @Nullable TimeRef published, @Nullable Instant createdAt,
                             @Nullable Instant updatedAt, int version,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Match match) {

    static ArticleSummary from(Article a) {
        return from(a, null);
    }

    static ArticleSummary from(Article a, @Nullable Match match) {
        return new ArticleSummary(a.slug, a.headline, a.publisher, a.url, a.language, a.published,
                a.createdAt(), a.updatedAt(), a.version(), match);
    }
}
