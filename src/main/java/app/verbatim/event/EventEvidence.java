package app.verbatim.event;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

/** A passage of the article that tells of an event. */
@Entity
class EventEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_evidence_id")
    @SequenceGenerator(name = "event_evidence_id", sequenceName = "event_evidence_id_seq", allocationSize = 50)
    @Nullable Long id;

    long eventId;
    long articleId;
    @Embedded
    TextSpan span;

    protected EventEvidence() {
        this.span = new TextSpan(0, 0, "", null, null);
    }

    EventEvidence(long eventId, long articleId, TextSpan span) {
        this.eventId = eventId;
        this.articleId = articleId;
        this.span = span;
    }
}
