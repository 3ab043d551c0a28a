package app.verbatim.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One write as the history shows it; {@code tokenId} is who, {@code null} for the seed at start-up. */
public record AuditEntry(long id, @Nullable Instant at, @Nullable Long tokenId, Audit.Action action, String resourceType,
                         String resourceId, @Nullable Integer versionBefore, @Nullable Integer versionAfter, String summary) {

    static AuditEntry from(AuditEvent e) {
        return new AuditEntry(e.key(), e.at, e.tokenId, e.action, e.resourceType, e.resourceId, e.versionBefore,
                e.versionAfter, e.summary);
    }
}
