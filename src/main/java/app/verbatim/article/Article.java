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
    String headline = "";
    @Nullable String publisher;
    @Nullable String url;
    String language = "";
    @Embedded
    @Nullable TimeRef published;
    String body = "";
    /** SHA-256 of the imported document, so re-importing the same document is recognised. */
    String contentHash = "";

    protected Article() {
        this("");
    }

    /** A new article, named by its slug for good; {@link #write} gives it the rest. */
    Article(String slug) {
        this.slug = slug;
    }

    /** Takes the article's own fields from a checked input, its publication time anchored in the body. */
    void write(ArticleInput input, @Nullable TimeRef published, String contentHash) {
        this.headline = input.headline();
        this.publisher = input.publisher();
        this.url = input.url();
        this.language = input.language();
        this.published = published;
        this.body = input.body();
        this.contentHash = contentHash;
    }

    /** Marks the article changed: the next flush moves its version and time. */
    void touch() {
        updatedAt = Instant.now();
    }
}
