package app.verbatim.document;

import app.verbatim.catalog.EntryInArticle;
import app.verbatim.catalog.EntryInput;
import app.verbatim.event.EventInput;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.resolution.ResolutionInput;
import app.verbatim.shared.IdRef;
import java.util.List;

/** The article model as the document that would import it again: what PATCH merges into. */
final class DocumentExport {

    private DocumentExport() {
    }

    static ArticleDocument of(ArticleModel m) {
        return new ArticleDocument(m.slug(), m.headline(), m.publisher(), m.url(), m.language(), m.published(), m.body(),
                m.paragraphs(), m.notes(),
                m.people().stream().map(p -> new PersonInput(p.id(), p.name(), p.role(), p.country(), p.aliases(),
                        p.wikidataId(), p.mentions())).toList(),
                entries(m.places()), entries(m.organizations()), entries(m.topics()),
                m.quotes().stream().map(q -> new QuoteInput(q.kind(), new IdRef(q.speaker().id()), q.source(), q.cue(),
                        q.content(), q.channel(), q.topics().stream().map(t -> new IdRef(t.id())).toList())).toList(),
                m.resolutions().stream().map(r -> new ResolutionInput(r.issuer(), r.kind(), r.title(), r.identifier(),
                        r.adopted(), r.demands(), r.mentions())).toList(),
                m.events().stream().map(e -> new EventInput(e.kind(), e.title(), e.status(), e.when(),
                        e.place() == null ? null : new EventInput.PlaceClaim(e.place().id(), e.place().stated(), e.place().source()),
                        e.participants().stream().map(p -> new IdRef(p.id())).toList(), e.evidence())).toList());
    }

    private static List<EntryInput> entries(List<EntryInArticle> entries) {
        return entries.stream().map(e -> new EntryInput(e.id(), e.name(), e.kind(), e.country(), e.mentions())).toList();
    }
}
