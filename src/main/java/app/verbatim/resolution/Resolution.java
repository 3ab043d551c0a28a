package app.verbatim.resolution;

import app.verbatim.article.ArticleRecordRow;
import app.verbatim.article.RecordSpan;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SQLOrder;
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

    /** The passages that name the resolution, in the order they were written. */
    @ElementCollection
    @CollectionTable(name = "resolution_mention", joinColumns = @JoinColumn(name = "resolution_id"))
    @SQLOrder("id")
    List<RecordSpan> mentions = new ArrayList<>();

    protected Resolution() {
        this(0, 0);
    }

    /** A new resolution of the article, its fields to be filled in. */
    Resolution(long articleId, int ordinal) {
        super(articleId, ordinal);
        this.issuer = "";
        this.kind = "";
        this.title = "";
    }
}
