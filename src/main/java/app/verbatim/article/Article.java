package app.verbatim.article;

import app.verbatim.shared.TimeRef;
import app.verbatim.shared.database.VersionedRow;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An article: its verbatim body and what is known about its publication. */
@Entity
@SequenceGenerator(sequenceName = "article_id_seq", allocationSize = 50)
class Article extends VersionedRow {

    String slug;
    String headline;
    @Nullable String publisher;
    @Nullable String url;
    String language;
    @Embedded
    @Nullable TimeRef published;
    String body;
    /** SHA-256 of the imported document, so re-importing the same document is recognised. */
    String contentHash;

    protected Article() {
        this("", "", "", "", "");
    }

    Article(String slug, String headline, String language, String body, String contentHash) {
        this.slug = slug;
        this.headline = headline;
        this.language = language;
        this.body = body;
        this.contentHash = contentHash;
    }

    /** Marks the article changed: the next flush moves its version and time. */
    void touch() {
        updatedAt = Instant.now();
    }
}
