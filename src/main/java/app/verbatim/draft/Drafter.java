package app.verbatim.draft;

import app.verbatim.draft.attribution.AttributionFinder;
import app.verbatim.draft.nlp.Nlp;
import app.verbatim.draft.pipeline.DraftBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Drafts an article document from raw text: structure and editors' notes, quotes and their
 * speakers, people, places and organizations (linked to what Verbatim knows), times placed
 * against the publication date, events. Stores nothing, and is deterministic: the same request
 * gives the same draft, byte for byte (nothing depends on the clock, a hash order or a thread).
 */
@Service
public class Drafter {

    private final KnownEntities known;
    private final Nlp nlp;
    private final AttributionFinder finder;

    /** A drafter for use without Spring: {@link KnownEntities#NONE} drafts without a database. */
    public Drafter(KnownEntities known, Nlp nlp, AttributionFinder finder) {
        this.known = known;
        this.nlp = nlp;
        this.finder = finder;
    }

    @Autowired
    Drafter(KnownEntities known, ObjectProvider<Nlp> nlp, ObjectProvider<AttributionFinder> finder) {
        this(known, nlp.getIfAvailable(Nlp::new), finder.getIfAvailable(AttributionFinder::new));
    }

    /** A drafter that knows no stored people or catalog entries. */
    public static Drafter standalone() {
        return new Drafter(KnownEntities.NONE, new Nlp(), new AttributionFinder());
    }

    public Draft draft(DraftRequest request) {
        return new DraftBuilder(request, known, nlp, finder).build();
    }
}
