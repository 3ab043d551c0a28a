package app.verbatim.catalog;

import app.verbatim.shared.Versioned;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A place, organization or topic as the API shows it. */
public record EntryView(String id, String name, @Nullable String kind, @Nullable String country,
                        @Nullable Instant updatedAt, int version) implements Versioned {

    static EntryView from(Entry e) {
        return new EntryView(e.slug, e.name, e.kind, e.country, e.updatedAt(), e.version());
    }
}
