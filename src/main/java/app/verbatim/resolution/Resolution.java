package app.verbatim.resolution;

import app.verbatim.article.ArticleRecordRow;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A resolution, declaration or other document the article invokes. Its identifier is often not
 * in the text ("four resolutions"), so whether it is stated is stored beside it.
 */
@Entity
@SequenceGenerator(sequenceName = "resolution_id_seq", allocationSize = 50)
class Resolution extends ArticleRecordRow {

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

    protected Resolution() {
        this.issuer = "";
        this.kind = "";
        this.title = "";
    }

    Resolution(long articleId, int ordinal, String issuer, String kind, String title) {
        super(articleId, ordinal);
        this.issuer = issuer;
        this.kind = kind;
        this.title = title;
    }
}
