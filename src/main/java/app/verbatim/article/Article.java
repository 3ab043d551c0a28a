package app.verbatim.article;

import app.verbatim.shared.TimeRef;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** An article: its verbatim body and what is known about its publication. */
@Entity
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_id")
    @SequenceGenerator(name = "article_id", sequenceName = "article_id_seq", allocationSize = 50)
    @Nullable Long id;

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

    @CreationTimestamp
    @Nullable Instant createdAt;
    @UpdateTimestamp
    @Nullable Instant updatedAt;
    @Version
    int version;

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

    /** The id, which an article has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "an article that is not saved has no id");
    }
}
