package app.verbatim.catalog;

import app.verbatim.shared.database.VersionedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A place, organization or topic: named once, shared by every article that mentions it. The
 * three differ only in which kinds they take, so one table holds them.
 */
@Entity
@Table(name = "catalog_entry")
@SequenceGenerator(sequenceName = "catalog_entry_id_seq", allocationSize = 50)
class Entry extends VersionedRow {

    @Enumerated(EnumType.STRING)
    EntryType type;
    String slug;
    String name;
    @Nullable String kind;
    @Nullable String country;

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
}
