package app.verbatim.person;

import app.verbatim.shared.Versioned;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person as the API shows it. */
public record PersonView(
        String id,
        String name,
        @Nullable String role,
        @Nullable String country,
        List<String> aliases,
        @Nullable String wikidataId,
        @Nullable Instant updatedAt,
        int version) implements Versioned {

    static PersonView from(Person p) {
        return new PersonView(p.slug, p.name, p.role, p.country, List.copyOf(p.aliases), p.wikidataId,
                p.updatedAt(), p.version());
    }
}
