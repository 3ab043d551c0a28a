package app.verbatim.article;

import app.verbatim.shared.TimeRef;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article in a listing: enough to choose it, not its text. */
public record ArticleSummary(String slug, String headline, @Nullable String publisher, @Nullable String url,
                             String language, @Nullable TimeRef published, @Nullable Instant createdAt,
                             @Nullable Instant updatedAt, int version) {

    static ArticleSummary from(Article a) {
        return new ArticleSummary(a.slug, a.headline, a.publisher, a.url, a.language, a.published,
                a.createdAt, a.updatedAt, a.version);
    }
}
