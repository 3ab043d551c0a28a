package app.verbatim.audit;

import app.verbatim.shared.database.KeyedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

@Entity
@SequenceGenerator(sequenceName = "audit_event_id_seq", allocationSize = 50)
class AuditEvent extends KeyedRow {

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
}
