package app.verbatim.document;

import app.verbatim.article.ArticleInput;
import app.verbatim.audit.Audit;
import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryInput;
import app.verbatim.catalog.EntryType;
import app.verbatim.event.Events;
import app.verbatim.event.NewEvent;
import app.verbatim.person.People;
import app.verbatim.quote.NewQuote;
import app.verbatim.quote.Quotes;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.Maps;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import app.verbatim.shared.database.GenericPlans;
import jakarta.validation.Validator;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * The one way an article document gets into the database, for the seed and for every later
 * article: check it whole (every field, every span against the body, every reference), then
 * store it in one transaction. Importing the same document twice changes nothing.
 */
@Service
public class DocumentImporter {

    private final Validator validator;
    private final Articles articles;
    private final People people;
    private final Catalog catalog;
    private final Quotes quotes;
    private final Resolutions resolutions;
    private final Events events;
    private final Audit audit;
    private final JdbcClient jdbc;
    /** Writes a document as its content hash digests it. */
    private final ObjectWriter canonical;

    DocumentImporter(Validator validator, JsonMapper json, Articles articles, People people, Catalog catalog,
                     Quotes quotes, Resolutions resolutions, Events events, Audit audit, JdbcClient jdbc) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.validator = validator;
        this.articles = articles;
        this.people = people;
        this.catalog = catalog;
        this.quotes = quotes;
        this.resolutions = resolutions;
        this.events = events;
        this.canonical = canonicalWriter(json);
    }

    public sealed interface Outcome {
        String slug();
    }

    public record Created(String slug) implements Outcome {
    }

    public record Unchanged(String slug) implements Outcome {
    }

    /** A different document already holds this slug; replacing it is an edit, not an import. */
    public record Conflict(String slug) implements Outcome {
    }

    /** Named records by id and mentions by position: the order a document lists them in means nothing. */
    private static ArticleDocument canonicalOrder(ArticleDocument d) {
        Comparator<TextSpan> byPosition = Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end);
        java.util.function.UnaryOperator<List<EntryInput>> entries = list -> list.stream()
                .map(e -> new EntryInput(e.id(), e.name(), e.kind(), e.country(), e.mentions().stream().sorted(byPosition).toList()))
                .sorted(Comparator.comparing(EntryInput::id)).toList();
        var people = d.people().stream()
                .map(p -> new app.verbatim.person.PersonInput(p.id(), p.name(), p.role(), p.country(), p.aliases(), p.wikidataId(),
                        p.mentions().stream().sorted(byPosition).toList()))
                .sorted(Comparator.comparing(app.verbatim.person.PersonInput::id)).toList();
        return new ArticleDocument(d.slug(), d.headline(), d.publisher(), d.url(), d.language(), d.published(), d.body(),
                d.paragraphs(), d.notes(), people, entries.apply(d.places()), entries.apply(d.organizations()),
                entries.apply(d.topics()), d.quotes(),
                d.resolutions().stream().map(r -> new app.verbatim.resolution.ResolutionInput(r.issuer(), r.kind(), r.title(),
                        r.identifier(), r.adopted(), r.demands(), r.mentions().stream().sorted(byPosition).toList())).toList(),
                d.events());
    }

    @Transactional
    public Outcome importDocument(ArticleDocument doc) {
        var problems = check(doc);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        String hash = hash(doc);
        var existing = articles.contentHashOf(doc.slug());
        if (existing.isPresent()) {
            return existing.get().equals(hash) ? new Unchanged(doc.slug()) : new Conflict(doc.slug());
        }
        var anchors = new Anchors(doc.body());
        GenericPlans.forThisTransaction(jdbc);
        long key = articles.create(articleInput(doc), hash, anchors);
        writeRecords(key, doc, anchors);
        audit.record(Audit.Action.CREATE, "article", doc.slug(), doc.slug(), null, 0, importSummary(doc));
        return new Created(doc.slug());
    }

    /** What the audit trail says of an imported article. */
    static String importSummary(ArticleDocument doc) {
        return "article imported with " + doc.quotes().size() + " quotes, " + doc.events().size() + " events";
    }

    static ArticleInput articleInput(ArticleDocument doc) {
        return new ArticleInput(doc.slug(), doc.headline(), doc.publisher(), doc.url(), doc.language(), doc.published(),
                doc.body(), doc.paragraphs(), doc.notes());
    }

    /** Stores the records of a checked document for an article already stored. */
    void writeRecords(long key, ArticleDocument doc, Anchors anchors) {
        var personKeys = people.recordForArticle(key, doc.people(), anchors);
        var placeKeys = catalog.recordForArticle(key, EntryType.PLACE, doc.places(), anchors);
        catalog.recordForArticle(key, EntryType.ORGANIZATION, doc.organizations(), anchors);
        var topicKeys = catalog.recordForArticle(key, EntryType.TOPIC, doc.topics(), anchors);
        quotes.recordForArticle(key, doc.quotes().stream().map(q -> new NewQuote(q.kind(),
                Maps.required(personKeys, q.speaker().id(), "person key"), q.source(), q.cue(), q.content(), q.channel(),
                q.topics().stream().map(t -> topicKeys.get(t.id())).toList())).toList(), anchors);
        resolutions.recordForArticle(key, doc.resolutions(), anchors);
        events.recordForArticle(key, doc.events().stream().map(e -> new NewEvent(e.kind(), e.title(), e.status(),
                e.when(), e.place() == null ? null : placeKeys.get(e.place().id()),
                e.place() == null || e.place().stated(), e.place() == null ? null : e.place().source(),
                e.participants().stream().map(p -> personKeys.get(p.id())).toList(), e.evidence())).toList(), anchors);
    }

    /** Removes every record of an article but the article itself; shared people and catalog entries stay. */
    void forgetRecords(long key) {
        // A replace or a delete of the whole article: every removed row's foreign-key action checked with one plan.
        GenericPlans.forThisTransaction(jdbc);
        events.forgetArticle(key);
        resolutions.forgetArticle(key);
        quotes.forgetArticle(key);
        catalog.forgetArticle(key);
        people.forgetArticle(key);
    }

    /**
     * Every reason the document could not be imported, checked as an import checks it (fields,
     * spans against the body, references within the document) without storing anything; empty
     * when it would import. The drafter's drafts are held to this.
     */
    public List<FieldProblem> validate(ArticleDocument doc) {
        return check(doc);
    }

    /** Every reason the document cannot be stored, in document order of the fields. */
    List<FieldProblem> check(ArticleDocument doc) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(doc).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            return problems;
        }
        return checkValidated(doc);
    }

    /**
     * As {@link #check}, for a document whose fields {@code InputReader} has just validated (the
     * same constraints, so not twice): the slug, then every span against the body and every
     * reference within the document.
     */
    List<FieldProblem> checkValidated(ArticleDocument doc) {
        var problems = new ArrayList<FieldProblem>();
        if (ArticleSlugs.isReserved(doc.slug())) {
            problems.add(new FieldProblem("slug", "'%s' is a word of the API's routes (/api/v1/articles/%1$s), not a slug; choose another"
                    .formatted(doc.slug())));
        }
        if (!problems.isEmpty()) {
            return problems; // spans and references are only worth checking on a well-formed document
        }
        var spans = new SpanChecker(new Anchors(doc.body()), problems);
        spans.time("published", doc.published());
        each(doc.paragraphs(), (i, p) -> spans.span("paragraphs[%d].span".formatted(i), p.span()));
        each(doc.notes(), (i, n) -> spans.span("notes[%d].span".formatted(i), n.span()));
        each(doc.people(), (i, p) -> each(p.mentions(), (j, s) -> spans.span("people[%d].mentions[%d]".formatted(i, j), s)));
        for (var group : List.of(Map.entry("places", doc.places()), Map.entry("organizations", doc.organizations()),
                Map.entry("topics", doc.topics()))) {
            each(group.getValue(), (i, e) -> each(e.mentions(),
                    (j, s) -> spans.span("%s[%d].mentions[%d]".formatted(group.getKey(), i, j), s)));
        }
        var personIds = unique("people", doc.people().stream().map(p -> p.id()).toList(), problems);
        var placeIds = unique("places", doc.places().stream().map(EntryInput::id).toList(), problems);
        unique("organizations", doc.organizations().stream().map(EntryInput::id).toList(), problems);
        var topicIds = unique("topics", doc.topics().stream().map(EntryInput::id).toList(), problems);
        each(doc.quotes(), (i, q) -> {
            String at = "quotes[%d]".formatted(i);
            problems.addAll(Quotes.checkSpans(at + ".", q, spans.anchors()));
            refer(at + ".speaker.id", q.speaker(), personIds, "people", problems);
            each(q.topics(), (j, t) -> refer(at + ".topics[%d].id".formatted(j), t, topicIds, "topics", problems));
        });
        each(doc.resolutions(), (i, r) -> problems.addAll(Resolutions.checkSpans("resolutions[%d].".formatted(i), r, spans.anchors())));
        each(doc.events(), (i, e) -> {
            String at = "events[%d]".formatted(i);
            problems.addAll(Events.checkSpans(at + ".", e, spans.anchors()));
            if (e.place() != null) {
                refer(at + ".place.id", new IdRef(e.place().id()), placeIds, "places", problems);
            }
            each(e.participants(), (j, p) -> refer(at + ".participants[%d].id".formatted(j), p, personIds, "people", problems));
        });
        return problems;
    }

    private static Set<String> unique(String field, List<String> ids, List<FieldProblem> problems) {
        var seen = new HashSet<String>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i))) {
                problems.add(new FieldProblem("%s[%d].id".formatted(field, i), "'%s' is listed twice".formatted(ids.get(i))));
            }
        }
        return seen;
    }

    private static void refer(String field, IdRef ref, Set<String> known, String list, List<FieldProblem> problems) {
        if (!known.contains(ref.id())) {
            problems.add(new FieldProblem(field, "'%s' is not among the document's %s".formatted(ref.id(), list)));
        }
    }

    private interface Indexed<T> {
        void accept(int index, T item);
    }

    private static <T> void each(List<T> items, Indexed<T> action) {
        for (int i = 0; i < items.size(); i++) {
            action.accept(i, items.get(i));
        }
    }

    private record SpanChecker(Anchors anchors, List<FieldProblem> problems) {

        void span(String field, @Nullable TextSpan span) {
            problems.addAll(anchors.check(field, span).problems());
        }

        void time(String field, @Nullable TimeRef time) {
            if (time == null) {
                return;
            }
            span(field + ".span", time.span());
            if (time.earliest() != null && time.latest() != null && time.earliest().isAfter(time.latest())) {
                problems.add(new FieldProblem(field + ".earliest", "must not be after latest"));
            }
            if (!time.stated() && time.source() == null) {
                problems.add(new FieldProblem(field + ".source", "a time the text does not fully state needs a source"));
            }
        }
    }

    /**
     * The digest of a document in its stored form: every span with the prefix and suffix the
     * body gives it, so a document and its own export digest alike.
     */
    String hash(ArticleDocument doc) {
        return hash(doc, new Anchors(doc.body()));
    }

    String hash(ArticleDocument doc, Anchors anchors) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        // The canonical JSON's UTF-8 bytes go straight into the digest: no tree, no string of the document, no copy of its bytes.
        canonical.withAttribute(Anchors.class, anchors)
                .writeValue(new DigestOutputStream(OutputStream.nullOutputStream(), sha256), canonicalOrder(doc));
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * The document mapper's JSON, but every span written as the body completes it (its prefix and
     * suffix from the body, which the writer is given as the attribute {@code Anchors.class}), by
     * the same serializer as any span: a document and its own export, whose spans carry their
     * context, write alike.
     */
    private static ObjectWriter canonicalWriter(JsonMapper json) {
        var completingSpans = new SimpleModule("completing-spans").setSerializerModifier(new ValueSerializerModifier() {
            @Override
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier bean,
                                                       ValueSerializer<?> serializer) {
                @SuppressWarnings("unchecked")
                var spans = (ValueSerializer<Object>) serializer;
                return bean.getBeanClass() == TextSpan.class ? new CompletingSpans(spans) : serializer;
            }
        });
        return json.rebuild().addModule(completingSpans).build().writer();
    }

    /** Writes a span as the body completes it, by the serializer any span is written with. */
    private static final class CompletingSpans extends ValueSerializer<TextSpan> {
        private final ValueSerializer<Object> spans;

        CompletingSpans(ValueSerializer<Object> spans) {
            this.spans = spans;
        }

        @Override
        public void resolve(SerializationContext context) {
            spans.resolve(context);
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext context, @Nullable BeanProperty property) {
            @SuppressWarnings("unchecked")
            var contextual = (ValueSerializer<Object>) spans.createContextual(context, property);
            return contextual == spans ? this : new CompletingSpans(contextual);
        }

        @Override
        public void serialize(TextSpan span, JsonGenerator gen, SerializationContext context) {
            var anchors = (Anchors) Objects.requireNonNull(context.getAttribute(Anchors.class), "the body's anchors");
            // A span that does not fit the body is written as given; only a checked document is hashed.
            var completed = anchors.check("", span).spanOrNull();
            spans.serialize(completed != null ? completed : span, gen, context);
        }
    }
}
