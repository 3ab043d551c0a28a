package app.verbatim.draft;

import app.verbatim.catalog.EntryType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Verbatim already knows, as the drafter asks it: people by name, catalog entries by id.
 * In the service it reads the database ({@link KnownInVerbatim}); {@link #NONE} knows nothing,
 * for drafting without one (unit tests, a text drafted alone).
 */
public interface KnownEntities {

    /** People whose name or an alias is close to {@code name}, best candidates first; may be empty. */
    List<KnownPerson> peopleNamed(String name);

    /** The entry of this type and id, if the catalog holds one. */
    Optional<KnownEntry> entry(EntryType type, String id);

    KnownEntities NONE = new KnownEntities() {
        @Override
        public List<KnownPerson> peopleNamed(String name) {
            return List.of();
        }

        @Override
        public Optional<KnownEntry> entry(EntryType type, String id) {
            return Optional.empty();
        }
    };

    record KnownPerson(String id, String name, @Nullable String role, @Nullable String country, List<String> aliases) {
    }

    record KnownEntry(String id, String name, @Nullable String kind, @Nullable String country) {
    }
}
