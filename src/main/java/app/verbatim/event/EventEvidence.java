package app.verbatim.event;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;

/** A passage of the article that tells of an event. */
@Entity
@SequenceGenerator(sequenceName = "event_evidence_id_seq", allocationSize = 50)
class EventEvidence extends SpanRow {

    long eventId;

    protected EventEvidence() {
    }

    EventEvidence(long eventId, long articleId, TextSpan span) {
        super(articleId, span);
        this.eventId = eventId;
    }
}
