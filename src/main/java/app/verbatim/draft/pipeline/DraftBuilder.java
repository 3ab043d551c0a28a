package app.verbatim.draft.pipeline;

import app.verbatim.article.ArticleInput.NoteInput;
import app.verbatim.article.ArticleInput.ParagraphInput;
import app.verbatim.article.NoteKind;
import app.verbatim.catalog.EntryInput;
import app.verbatim.document.ArticleDocument;
import app.verbatim.document.ArticleSlugs;
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
import app.verbatim.quote.Channel;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteKind;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.TimeRef;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
    private final List<NoteReview> noteReviews = new ArrayList<>();

    /** A review item about a note, whose index is known once the notes are in text order. */
    private record NoteReview(Note note, ReviewItem item) {
    }

    private static final List<String> SECTIONS = List.of("headline", "publisher", "language", "published", "notes", "people",
            "places", "organizations", "quotes", "events");

    private static int section(ReviewItem r) {
        String head = r.path().split("[/.]")[0];
        int i = SECTIONS.indexOf(head);
        return i < 0 ? SECTIONS.size() : i;
    }

    private static int pathIndex(ReviewItem r) {
        var m = java.util.regex.Pattern.compile("/(\\d+)").matcher(r.path());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

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
            FoundAttribution previous = null;
            for (var a : found) {
                var continued = continuation(a, previous, structure);
                addQuote(continued != null ? continued : a, cast, quotes, notes, continued != null);
                if (a.kind() == FoundAttribution.Kind.DIRECT) {
                    previous = continued != null ? continued : a;
                }
            }
            var times = Times.find(text, request.published(), at -> EventFinder.future(analyzed, at));
            var foundEvents = new EventFinder(body, analyzed, times, catalog, cast, request.published()).find().stream()
                    .filter(e -> structure.blocks().stream().anyMatch(b -> b.contains(e.evidence().getFirst()[0])
                            && b.kind() == app.verbatim.article.ParagraphKind.PARAGRAPH))
                    .toList();
            people.addAll(cast.people(review));
            places.addAll(catalog.places(review));
            organizations.addAll(catalog.organizations(review));
            var placeIds = places.stream().map(EntryInput::id).toList();
            for (var e : foundEvents) {
                addEvent(e, placeIds, events);
            }
        }

        if (request.published() == null && events.stream().anyMatch(e -> !e.when().stated())) {
            review.add(new ReviewItem("published", 0.0, "time.no_publication_date",
                    "No publication date was given, so times the text leaves to the reader (\"in May\", \"today\") are left open."));
        }
        notes.sort(Comparator.comparingInt(Note::start).thenComparingInt(Note::end).thenComparing(n -> n.kind().name()));
        for (var pending : noteReviews) {
            int index = -1;
            for (int i = 0; i < notes.size(); i++) {
                if (notes.get(i) == pending.note()) {
                    index = i;
                }
            }
            review.add(new ReviewItem("notes/" + index, pending.item().confidence(), pending.item().rule(), pending.item().note()));
        }
        review.sort(Comparator.comparingInt(DraftBuilder::section).thenComparing(DraftBuilder::pathIndex));
        // The slug the document would make of the headline anyway, stated rather than left to it.
        var document = new ArticleDocument(ArticleSlugs.of(structure.headline()), structure.headline(), structure.publisher(), request.url(), language.tag(),
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

    /**
     * A paragraph that is nothing but a quotation, right after a paragraph whose quotation has a
     * speaker, goes on in that speaker's voice: the same speaker, source and cue, flagged.
     */
    private @Nullable FoundAttribution continuation(FoundAttribution a, @Nullable FoundAttribution previous, Structure structure) {
        if (a.source() != null && a.cue() == null && previous != null && a.source().equals(previous.source())
                && previous.cue() != null) {
            // The finder's own "same speaker goes on": the cue is the one that framed the speaker.
            return new FoundAttribution(a.kind(), a.content(), a.source(), previous.cue(), a.confidence(), a.rule(), a.note());
        }
        if (a.source() != null || a.kind() != FoundAttribution.Kind.DIRECT || previous == null || previous.source() == null) {
            return null;
        }
        var blocks = structure.blocks();
        int here = -1;
        int before = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).contains(a.content().getFirst().start())) {
                here = i;
            }
            if (blocks.get(i).contains(previous.content().getLast().start())) {
                before = i;
            }
        }
        if (here < 0 || before != here - 1) {
            return null;
        }
        String rest = body.slice(blocks.get(here).start(), blocks.get(here).end()).replace(
                body.slice(a.content().getFirst().start(), a.content().getLast().end()), "");
        if (!rest.matches("[\\s\"“”«»„]*")) {
            return null;
        }
        return new FoundAttribution(a.kind(), a.content(), previous.source(), previous.cue(), Math.min(0.6, a.confidence()),
                "continued", "A quotation on its own after one of %s; taken to go on in the same voice."
                .formatted(body.slice(previous.source().start(), previous.source().end())));
    }

    private void addQuote(FoundAttribution a, Cast cast, List<QuoteInput> quotes, List<Note> notes, boolean continued) {
        var kind = a.kind() == FoundAttribution.Kind.DIRECT ? QuoteKind.DIRECT : QuoteKind.INDIRECT;
        var first = a.content().getFirst();
        var last = a.content().getLast();
        if (a.source() == null) {
            var note = new Note(NoteKind.UNATTRIBUTED_STATEMENT, first.start(), last.end(),
                    "A quotation with no speaker the drafter could find, so it is not recorded as a quote.");
            notes.add(note);
            noteReviews.add(new NoteReview(note, new ReviewItem("notes", Math.min(0.5, a.confidence()), "quote.no_speaker",
                    "Quoted words (\"%s\") have no speaker; add the quote by hand if the text names one."
                            .formatted(abbreviated(body.slice(first.start(), first.end()))))));
            return;
        }
        var speaker = cast.speakerOf(a.source(), a.content());
        if (speaker == null) {
            var note = new Note(NoteKind.UNATTRIBUTED_STATEMENT, a.source().start(), a.source().end(),
                    "The speaker (\"%s\") names no one the drafter could tell, so the quote is not recorded."
                            .formatted(body.slice(a.source().start(), a.source().end())));
            notes.add(note);
            noteReviews.add(new NoteReview(note, new ReviewItem("notes", 0.2, "speaker.unresolved",
                    "\"%s\" is given as the speaker of \"%s\" but names no one; add the quote by hand."
                            .formatted(body.slice(a.source().start(), a.source().end()), abbreviated(body.slice(first.start(), first.end()))))));
            return;
        }
        if (speaker.confidence() <= 0.55 && speaker.rule().equals("speaker.description")) {
            notes.add(new Note(NoteKind.AMBIGUOUS_REFERENCE, a.source().start(), a.source().end(),
                    "More than one person fits \"%s\"; the quote is attributed to the one quoted last before it."
                            .formatted(body.slice(a.source().start(), a.source().end()))));
        }
        CharSpan cue = a.cue();
        boolean cueStandsIn = cue == null;
        if (cue == null) {
            cue = a.source();
        }
        // A split quote ("A," he said, "B.") is one record per part: the service's quote has one
        // content span, and a span over both parts would hold the narrator's words as the speaker's.
        // Reported speech interrupted by its frame ("Another topic, according to him, was …") is one
        // clause: one record over the whole, frame included, as the seed's hand-made records have it.
        var parts = kind == QuoteKind.INDIRECT ? List.of(new CharSpan(first.start(), last.end())) : a.content();
        boolean overParagraphs = parts.size() > 1 && body.slice(first.start(), last.end()).contains("\n");
        for (int part = 0; part < parts.size(); part++) {
            var content = parts.get(part);
            int index = quotes.size();
            quotes.add(new QuoteInput(kind, new IdRef(speaker.personId()), body.span(a.source().start(), a.source().end()),
                    body.span(cue.start(), cue.end()), body.span(content.start(), content.end()), channel(a, cue), List.of()));
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
            if (parts.size() > 1 && !overParagraphs) {
                review.add(new ReviewItem(path, Math.min(0.9, a.confidence()), "quote.split_part",
                        "Part %d of %d of one quotation interrupted by its attribution; each part is its own quote with the same speaker, source and cue."
                                .formatted(part + 1, parts.size())));
            }
        }
    }

    private void addEvent(EventFinder.Found e, List<String> placeIds, List<EventInput> events) {
        int index = events.size();
        var when = Objects.requireNonNull(e.when());
        var place = e.place() != null && placeIds.contains(e.place().id()) ? new EventInput.PlaceClaim(e.place().id(), true, null) : null;
        events.add(new EventInput(e.kind(), e.title(), e.status(), Times.toRef(when, body), place,
                e.participants().stream().map(IdRef::new).toList(),
                e.evidence().stream().map(ev -> body.span(ev[0], ev[1])).toList()));
        String path = "events/" + index;
        if (e.confidence() < 0.7) {
            review.add(new ReviewItem(path, e.confidence(), e.rule(), e.note()));
        }
        if (!when.stated()) {
            boolean open = when.earliest() == null && when.latest() == null;
            boolean after = when.rule().endsWith("_after");
            review.add(new ReviewItem(path + ".when", open ? 0.3 : after ? 0.5 : 0.8, when.rule(),
                    after ? "Placed after the article's date though the text gives no cue for what is to come; check the year. %s"
                            .formatted(when.source()) :
                    open ? "The time (\"%s\") cannot be placed without the publication date.".formatted(body.slice(when.start(), when.end()))
                            : "Placed against the publication date: %s".formatted(when.source())));
        }
    }

    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile(
            "(?:^|[\\s\"”’»,]+)((?:the|an?|its|his|her|their) [\\p{L}'’ -]{2,60}?)\\s+$");

    /** Where the words come from when the text says: "the official website cited Aliyev as saying". */
    private @Nullable Channel channel(FoundAttribution a, CharSpan cue) {
        String verb = body.slice(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
        if (!Set.of("cited", "quoted", "quotes", "cites").contains(verb)) {
            return null;
        }
        int from = Math.max(a.content().getLast().end(), cue.start() - 80);
        var m = CHANNEL.matcher(body.slice(from, cue.start()));
        if (!m.find()) {
            return null;
        }
        int start = from + m.start(1);
        int end = from + m.end(1);
        return new Channel(body.slice(start, end), body.span(start, end));
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
