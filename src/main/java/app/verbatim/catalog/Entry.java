package app.verbatim.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * A place, organization or topic: named once, shared by every article that mentions it. The
 * three differ only in which kinds they take, so one table holds them.
 */
@Entity
@Table(name = "catalog_entry")
class Entry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_entry_id")
    @SequenceGenerator(name = "catalog_entry_id", sequenceName = "catalog_entry_id_seq", allocationSize = 50)
    @Nullable Long id;

    @Enumerated(EnumType.STRING)
    EntryType type;
    String slug;
    String name;
    @Nullable String kind;
    @Nullable String country;

    @CreationTimestamp
    @Nullable Instant createdAt;
    @UpdateTimestamp
    @Nullable Instant updatedAt;
    @Version
    int version;

    protected Entry() {
        this.type = EntryType.TOPIC;
        this.slug = "";
        this.name = "";
    }

    Entry(EntryType type, String slug, String name) {
        this.type = type;
        this.slug = slug;
        this.name = name;
    }

    /** The id, which an entry has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "an entry that is not saved has no id");
    }
}
