package app.verbatim.resolution;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;

/** How the article refers to a resolution ("the resolutions adopted by the United Nations"). */
@Entity
@SequenceGenerator(sequenceName = "resolution_mention_id_seq", allocationSize = 50)
class ResolutionMention extends SpanRow {

    long resolutionId;

    protected ResolutionMention() {
    }

    ResolutionMention(long resolutionId, long articleId, TextSpan span) {
        super(articleId, span);
        this.resolutionId = resolutionId;
    }
}
