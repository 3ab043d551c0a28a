package app.verbatim.resolution;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

/** How the article refers to a resolution ("the resolutions adopted by the United Nations"). */
@Entity
class ResolutionMention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resolution_mention_id")
    @SequenceGenerator(name = "resolution_mention_id", sequenceName = "resolution_mention_id_seq", allocationSize = 50)
    @Nullable Long id;

    long resolutionId;
    long articleId;
    @Embedded
    TextSpan span;

    protected ResolutionMention() {
        this.span = new TextSpan(0, 0, "", null, null);
    }

    ResolutionMention(long resolutionId, long articleId, TextSpan span) {
        this.resolutionId = resolutionId;
        this.articleId = articleId;
        this.span = span;
    }
}
