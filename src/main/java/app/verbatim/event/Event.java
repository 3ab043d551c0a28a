package app.verbatim.event;

import app.verbatim.shared.TimeRef;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** Something the article says happened or will happen, as of the article's date. */
@Entity
class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_id")
    @SequenceGenerator(name = "event_id", sequenceName = "event_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    int ordinal;
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

    @CreationTimestamp
    @Nullable Instant createdAt;
    @UpdateTimestamp
    @Nullable Instant updatedAt;
    @Version
    int version;

    protected Event() {
        this.kind = "";
        this.title = "";
        this.status = EventStatus.PAST;
        this.happens = new TimeRef(null, null, TimeRef.Precision.APPROXIMATE, null, false, null);
    }

    Event(long articleId, int ordinal, NewEvent e) {
        this.articleId = articleId;
        this.ordinal = ordinal;
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
    }

    /** The id, which an event has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "an event that is not saved has no id");
    }
}
