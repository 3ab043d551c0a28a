package app.verbatim.draft.pipeline;

import app.verbatim.article.ArticleInput.NoteInput;
import app.verbatim.article.ArticleInput.ParagraphInput;
import app.verbatim.article.NoteKind;
import app.verbatim.catalog.EntryInput;
import app.verbatim.document.ArticleDocument;
import app.verbatim.draft.Draft;
import app.verbatim.draft.DraftRequest;
import app.verbatim.draft.KnownEntities;
import app.verbatim.draft.ReviewItem;
import app.verbatim.draft.attribution.AttributionFinder;
import app.verbatim.draft.attribution.CharSpan;
import app.verbatim.draft.attribution.FoundAttribution;
import app.verbatim.draft.nlp.AnalyzedText;
import app.verbatim.draft.nlp.Nlp;
import app.verbatim.event.EventInput;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteKind;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.TimeRef;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One draft in the making: runs the stages in order over one request. Not shared between threads. */
public final class DraftBuilder {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private final DraftRequest request;
    private final KnownEntities known;
    private final Nlp nlp;
    private final AttributionFinder finder;
    private final Body body;
    private final List<ReviewItem> review = new ArrayList<>();

    public DraftBuilder(DraftRequest request, KnownEntities known, Nlp nlp, AttributionFinder finder) {
        this.request = request;
        this.known = known;
        this.nlp = nlp;
        this.finder = finder;
        this.body = new Body(request.body());
    }

    public Draft build() {
        String text = body.text();
        var structure = Structure.of(text, request.headline(), request.publisher());
        review.addAll(structure.review());
        var notes = new ArrayList<>(structure.notes());
        notes.addAll(Marks.nonBreakingSpaces(text));
        notes.addAll(Marks.apostrophes(text));
        notes.addAll(Marks.unbalanced(text, structure.blocks()));

        var language = Language.of(request.language(), text);
        if (language.review() != null) {
            review.add(language.review());
        }
        var people = new ArrayList<PersonInput>();
        var places = new ArrayList<EntryInput>();
        var organizations = new ArrayList<EntryInput>();
        var quotes = new ArrayList<QuoteInput>();
        var events = new ArrayList<EventInput>();

        if (language.english()) {
            var analyzed = nlp.analyze(text);
            var found = finder.find(analyzed).stream()
                    .filter(a -> !a.content().isEmpty())
                    .filter(a -> inArticle(structure, a))
                    .sorted(Comparator.comparingInt((FoundAttribution a) -> a.content().getFirst().start())
                            .thenComparingInt(a -> a.content().getFirst().end()))
                    .toList();
            var directParts = found.stream().filter(a -> a.kind() == FoundAttribution.Kind.DIRECT)
                    .flatMap(a -> a.content().stream()).map(c -> new int[] {c.start(), c.end()}).toList();
            notes.addAll(Marks.mixedQuoteMarks(text, directParts));
            notes.addAll(Marks.scareQuotes(text, directParts));
            Marks.unattributed(text).stream()
                    .filter(n -> directParts.stream().noneMatch(q -> q[0] <= n.start() && n.end() <= q[1]))
                    .forEach(notes::add);

            var catalog = new CatalogFinder(body, structure, known);
            var cast = new Cast(body, analyzed, structure, catalog, directParts, known);
            for (var a : found) {
                addQuote(a, cast, quotes, notes);
            }
            people.addAll(cast.people(review));
            places.addAll(catalog.places(review));
            organizations.addAll(catalog.organizations(review));
        }

        notes.sort(Comparator.comparingInt(Note::start).thenComparingInt(Note::end).thenComparing(n -> n.kind().name()));
        var document = new ArticleDocument(null, structure.headline(), structure.publisher(), request.url(), language.tag(),
                published(), text,
                structure.blocks().stream().map(b -> new ParagraphInput(b.kind(), body.span(b.start(), b.end()))).toList(),
                notes.stream().map(n -> new NoteInput(n.kind(), body.span(n.start(), n.end()), n.note())).toList(),
                people, places, organizations, List.of(), quotes, List.of(), events);
        return new Draft(document, List.copyOf(review));
    }

    /** Quotes in page furniture or a headline are not the article's speech. */
    private static boolean inArticle(Structure structure, FoundAttribution a) {
        int at = a.content().getFirst().start();
        return structure.blocks().stream().filter(b -> b.contains(at))
                .allMatch(b -> b.kind() == app.verbatim.article.ParagraphKind.PARAGRAPH);
    }

    private void addQuote(FoundAttribution a, Cast cast, List<QuoteInput> quotes, List<Note> notes) {
        var kind = a.kind() == FoundAttribution.Kind.DIRECT ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
        var first = a.content().getFirst();
        var last = a.content().getLast();
        if (a.source() == null) {
            notes.add(new Note(NoteKind.UNATTRIBUTED_STATEMENT, first.start(), last.end(),
                    "A quotation with no speaker the drafter could find, so it is not recorded as a quote."));
            review.add(new ReviewItem("notes", a.confidence() * 0.5, "quote.no_speaker",
                    "Quoted words at \"%s\" have no speaker; add the quote by hand if the text names one."
                            .formatted(abbreviated(body.slice(first.start(), first.end())))));
            return;
        }
        var speaker = cast.speakerOf(a.source(), a.content());
        if (speaker == null) {
            notes.add(new Note(NoteKind.UNATTRIBUTED_STATEMENT, a.source().start(), a.source().end(),
                    "The speaker (\"%s\") names no one the drafter could tell, so the quote is not recorded."
                            .formatted(body.slice(a.source().start(), a.source().end()))));
            review.add(new ReviewItem("notes", 0.2, "speaker.unresolved",
                    "\"%s\" is given as the speaker of \"%s\" but names no one; add the quote by hand."
                            .formatted(body.slice(a.source().start(), a.source().end()), abbreviated(body.slice(first.start(), first.end())))));
            return;
        }
        CharSpan cue = a.cue();
        boolean cueStandsIn = cue == null;
        if (cue == null) {
            cue = a.source();
        }
        // A split quote ("A," he said, "B.") is one record per part: the service's quote has one
        // content span, and a span over both parts would hold the narrator's words as the speaker's.
        for (int part = 0; part < a.content().size(); part++) {
            var content = a.content().get(part);
            int index = quotes.size();
            quotes.add(new QuoteInput(kind, new IdRef(speaker.personId()), body.span(a.source().start(), a.source().end()),
                    body.span(cue.start(), cue.end()), body.span(content.start(), content.end()), null, List.of()));
            String path = "quotes/" + index;
            if (a.confidence() < 0.7) {
                review.add(new ReviewItem(path, a.confidence(), "attribution." + a.rule(),
                        a.note() != null ? a.note() : "The quote finder is not sure of this quote's extent or kind."));
            }
            if (speaker.confidence() < 0.8) {
                review.add(new ReviewItem(path + ".speaker", speaker.confidence(), speaker.rule(), speaker.note()));
            }
            if (cueStandsIn) {
                review.add(new ReviewItem(path + ".cue", 0.3, "attribution.no_cue",
                        "The text gives no cue word; the speaker's mention stands in for it."));
            }
            if (a.content().size() > 1) {
                review.add(new ReviewItem(path, Math.min(0.9, a.confidence()), "quote.split_part",
                        "Part %d of %d of one quotation interrupted by its attribution; each part is its own quote with the same speaker and cue."
                                .formatted(part + 1, a.content().size())));
            }
        }
    }

    private @Nullable TimeRef published() {
        if (request.published() == null) {
            return null;
        }
        var day = request.published();
        return new TimeRef(day, day, TimeRef.Precision.DAY, null, false,
                "The publication date, %s, is given with the text, not in it.".formatted(LONG_DATE.format(day)));
    }

    static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57).replaceAll("\\s+\\S*$", "") + "…";
    }
}
