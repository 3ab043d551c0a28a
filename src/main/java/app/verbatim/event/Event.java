package app.verbatim.event;

import app.verbatim.article.ArticleRecordRow;
import app.verbatim.article.RecordSpan;
import app.verbatim.shared.TimeRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SQLOrder;
import org.jspecify.annotations.Nullable;

/** Something the article says happened or will happen, as of the article's date. */
@Entity
@SequenceGenerator(sequenceName = "event_id_seq", allocationSize = 50)
class Event extends ArticleRecordRow {

    String kind;
    String title;
    @Enumerated(EnumType.STRING)
    EventStatus status;
    @Embedded
    TimeRef happens;
    @Nullable Long placeId;
    boolean placeStated;
    @Nullable String placeSource;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "person_id")
    List<Long> participantIds = new ArrayList<>();

    /** The passages that tell of the event, in the order they were written. */
    @ElementCollection
    @CollectionTable(name = "event_evidence", joinColumns = @JoinColumn(name = "event_id"))
    @SQLOrder("id")
    List<RecordSpan> evidence = new ArrayList<>();

    protected Event() {
        this.kind = "";
        this.title = "";
        this.status = EventStatus.PAST;
        this.happens = new TimeRef(null, null, TimeRef.Precision.APPROXIMATE, null, false, null);
    }

    Event(long articleId, int ordinal, NewEvent e) {
        super(articleId, ordinal);
        this.kind = "";
        this.title = "";
        this.status = EventStatus.PAST;
        this.happens = e.when();
        apply(e);
    }

    /** Takes every field a client writes from a checked draft. */
    void apply(NewEvent e) {
        this.kind = e.kind();
        this.title = e.title();
        this.status = e.status();
        this.happens = e.when();
        this.placeId = e.placeKey();
        this.placeStated = e.placeStated();
        this.placeSource = e.placeSource();
        this.participantIds = new ArrayList<>(e.participantKeys());
        this.evidence = new ArrayList<>(e.evidence().stream().map(s -> new RecordSpan(articleId, s)).toList());
    }
}
