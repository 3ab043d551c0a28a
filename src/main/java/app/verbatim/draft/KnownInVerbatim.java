package app.verbatim.draft;

import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryType;
import app.verbatim.person.People;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageQuery;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The people and catalog Verbatim holds, through their modules' public services. */
@Component
record KnownInVerbatim(People people, Catalog catalog) implements KnownEntities {

    /** Enough candidates for the drafter's own scoring; the trigram search ranks them first. */
    private static final int CANDIDATES = 10;

    @Override
    public List<KnownPerson> peopleNamed(String name) {
        return people.findByName(name, null, new PageQuery(0, CANDIDATES)).items().stream()
                .map(p -> new KnownPerson(p.id(), p.name(), p.role(), p.country(), p.aliases()))
                .toList();
    }

    @Override
    public Optional<KnownEntry> entry(EntryType type, String id) {
        try {
            var e = catalog.get(type, id);
            return Optional.of(new KnownEntry(e.id(), e.name(), e.kind(), e.country()));
        } catch (NotFoundException absent) {
            return Optional.empty();
        }
    }
}
