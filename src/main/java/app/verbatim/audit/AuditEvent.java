package app.verbatim.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

@Entity
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 50)
    @Nullable Long id;

    @CreationTimestamp
    @Nullable Instant at;
    @Nullable Long tokenId;
    @Enumerated(EnumType.STRING)
    Audit.Action action;
    String resourceType;
    String resourceId;
    @Nullable String articleSlug;
    @Nullable Integer versionBefore;
    @Nullable Integer versionAfter;
    String summary;

    protected AuditEvent() {
        this.action = Audit.Action.UPDATE;
        this.resourceType = "";
        this.resourceId = "";
        this.summary = "";
    }

    AuditEvent(@Nullable Long tokenId, Audit.Action action, String resourceType, String resourceId,
               @Nullable String articleSlug, @Nullable Integer versionBefore, @Nullable Integer versionAfter, String summary) {
        this.tokenId = tokenId;
        this.action = action;
        this.resourceType = resourceType;
        this.resourceId = resourceId;
        this.articleSlug = articleSlug;
        this.versionBefore = versionBefore;
        this.versionAfter = versionAfter;
        this.summary = summary;
    }

    /** The id, which an audit event has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "an audit event that is not saved has no id");
    }
}
