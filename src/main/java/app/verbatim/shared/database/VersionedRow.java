package app.verbatim.shared.database;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** A row a client edits: when it was created and last changed, and its version (the ETags' and If-Match's). */
@MappedSuperclass
public abstract class VersionedRow extends KeyedRow {

    @CreationTimestamp
    protected @Nullable Instant createdAt;
    @UpdateTimestamp
    protected @Nullable Instant updatedAt;
    @Version
    protected int version;

    public @Nullable Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
