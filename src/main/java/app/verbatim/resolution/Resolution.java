package app.verbatim.resolution;

import app.verbatim.shared.TextSpan;
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

/**
 * A resolution, declaration or other document the article invokes. Its identifier is often not
 * in the text ("four resolutions"), so whether it is stated is stored beside it.
 */
@Entity
class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_id")
    @SequenceGenerator(name = "resolution_id", sequenceName = "resolution_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    int ordinal;
    String issuer;
    String kind;
    String title;
    @Nullable String identifierValue;
    boolean identifierStated = true;
    @Nullable String identifierSource;
    @Embedded
    @Nullable TimeRef adopted;
    @Nullable String demandsText;
    @Embedded
    @Nullable TextSpan demandsSpan;

    @CreationTimestamp
    @Nullable Instant createdAt;
    @UpdateTimestamp
    @Nullable Instant updatedAt;
    @Version
    int version;

    protected Resolution() {
        this.issuer = "";
        this.kind = "";
        this.title = "";
    }

    Resolution(long articleId, int ordinal, String issuer, String kind, String title) {
        this.articleId = articleId;
        this.ordinal = ordinal;
        this.issuer = issuer;
        this.kind = kind;
        this.title = title;
    }

    /** The id, which a resolution has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "a resolution that is not saved has no id");
    }
}
