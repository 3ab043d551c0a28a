package app.verbatim.format;

import app.verbatim.document.ArticleModel;
import app.verbatim.event.EventStatus;
import app.verbatim.event.EventView;
import app.verbatim.person.PersonInArticle;
import app.verbatim.person.PersonView;
import app.verbatim.quote.QuoteView;
import app.verbatim.resolution.ResolutionView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TimeRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Our records in schema.org terms. Every node has an {@code @id}: the API URL of the record,
 * so linked data and the JSON API name things alike. The context is inline
 * ({@code {"@vocab": "https://schema.org/"}}) so a processor needs no network to expand it.
 */
final class SchemaOrg {

    static final Map<String, Object> CONTEXT = Map.of("@vocab", "https://schema.org/");

    private final String base;

    /** @param base the API root, e.g. {@code http://localhost:8080/api/v1} */
    SchemaOrg(String base) {
        this.base = base;
    }

    Map<String, Object> document(Object value) {
        var node = switch (value) {
            case ArticleModel a -> article(a);
            case QuoteView q -> quotation(q, true);
            case PersonView p -> person(p);
            case EventView e -> event(e);
            case ResolutionView r -> legislation(r);
            case PageOf<?> page -> itemList(page);
            default -> throw new IllegalArgumentException("No schema.org mapping for " + value.getClass());
        };
        var withContext = new LinkedHashMap<String, Object>();
        withContext.put("@context", CONTEXT);
        withContext.putAll(node);
        return withContext;
    }

    static boolean supports(Class<?> type) {
        return ArticleModel.class == type || QuoteView.class == type || PersonView.class == type
                || EventView.class == type || ResolutionView.class == type || PageOf.class == type;
    }

    private Map<String, Object> article(ArticleModel a) {
        var node = node("NewsArticle", base + "/articles/" + a.slug());
        node.put("headline", a.headline());
        node.put("articleBody", a.body());
        node.put("inLanguage", a.language());
        put(node, "url", a.url());
        put(node, "datePublished", date(a.published()));
        if (a.publisher() != null) {
            node.put("publisher", Map.of("@type", "Organization", "name", a.publisher()));
        }
        put(node, "dateModified", a.updatedAt() == null ? null : a.updatedAt().toString());
        var mentions = new ArrayList<Object>();
        a.people().forEach(p -> mentions.add(person(p)));
        a.places().forEach(p -> mentions.add(named("Place", "/places/" + p.id(), p.name())));
        a.organizations().forEach(o -> mentions.add(named("Organization", "/organizations/" + o.id(), o.name())));
        a.events().forEach(e -> mentions.add(event(e)));
        node.put("mentions", mentions);
        node.put("about", a.topics().stream().map(t -> named("Thing", "/topics/" + t.id(), t.name())).toList());
        node.put("hasPart", a.quotes().stream().map(q -> quotation(q, false)).toList());
        node.put("citation", a.resolutions().stream().map(this::legislation).toList());
        return node;
    }

    private Map<String, Object> quotation(QuoteView q, boolean standalone) {
        var node = node("Quotation", base + "/quotes/" + q.id());
        node.put("text", q.content().text());
        node.put("creator", named("Person", "/people/" + q.speaker().id(), q.speaker().name()));
        node.put("isPartOf", standalone
                ? named("NewsArticle", "/articles/" + q.article().id(), q.article().name())
                : Map.of("@id", base + "/articles/" + q.article().id()));
        node.put("additionalType", q.kind().name().toLowerCase() + " quotation");
        put(node, "about", named("Thing", "/topics", q.topics()));
        return node;
    }

    private Map<String, Object> person(PersonView p) {
        var node = node("Person", base + "/people/" + p.id());
        node.put("name", p.name());
        node.put("alternateName", p.aliases());
        put(node, "jobTitle", p.role());
        put(node, "nationality", p.country() == null ? null : Map.of("@type", "Country", "name", p.country()));
        put(node, "sameAs", p.wikidataId() == null ? null : "https://www.wikidata.org/wiki/" + p.wikidataId());
        return node;
    }

    private Map<String, Object> person(PersonInArticle p) {
        return person(new PersonView(p.id(), p.name(), p.role(), p.country(), p.aliases(), p.wikidataId(), null, 0));
    }

    private Map<String, Object> event(EventView e) {
        var node = node("Event", base + "/events/" + e.id());
        node.put("name", e.title());
        node.put("additionalType", e.kind());
        put(node, "startDate", date(e.when().earliest(), e.when()));
        put(node, "endDate", date(e.when().latest(), e.when()));
        if (e.status() == EventStatus.PLANNED) {
            node.put("eventStatus", "https://schema.org/EventScheduled");
        }
        if (e.place() != null) {
            node.put("location", named("Place", "/places/" + e.place().id(), e.place().name()));
        }
        put(node, "attendee", named("Person", "/people", e.participants()));
        return node;
    }

    private Map<String, Object> legislation(ResolutionView r) {
        var node = node("Legislation", base + "/resolutions/" + r.id());
        node.put("name", r.title());
        node.put("legislationType", r.kind());
        node.put("legislationPassedBy", Map.of("@type", "Organization", "name", r.issuer()));
        if (r.identifier() != null) {
            node.put("legislationIdentifier", r.identifier().value());
            if (!r.identifier().stated()) {
                // schema.org cannot say "not in the text"; say it in words rather than drop it.
                node.put("description", "Identifier not stated in the article: " + r.identifier().source());
            }
        }
        put(node, "legislationDate", r.adopted() == null ? null : date(r.adopted()));
        if (r.demands() != null) {
            node.put("abstract", r.demands().text());
        }
        return node;
    }

    private Map<String, Object> itemList(PageOf<?> page) {
        var node = new LinkedHashMap<String, Object>();
        node.put("@type", "ItemList");
        node.put("numberOfItems", page.totalElements());
        var items = new ArrayList<Object>();
        for (int i = 0; i < page.items().size(); i++) {
            Object item = page.items().get(i);
            var element = new LinkedHashMap<String, Object>();
            element.put("@type", "ListItem");
            element.put("position", page.page() * page.size() + i + 1);
            element.put("item", switch (item) {
                case QuoteView q -> quotation(q, true);
                case EventView e -> event(e);
                case PersonView p -> person(p);
                case ResolutionView r -> legislation(r);
                default -> throw new IllegalArgumentException("No schema.org mapping for " + item.getClass());
            });
            items.add(element);
        }
        node.put("itemListElement", items);
        return node;
    }

    private Map<String, Object> named(String type, String path, String name) {
        var node = node(type, base + path);
        node.put("name", name);
        return node;
    }

    private static LinkedHashMap<String, Object> node(String type, String id) {
        var node = new LinkedHashMap<String, Object>();
        node.put("@type", type);
        node.put("@id", id);
        return node;
    }

    /** The records the refs name, each a node of the type ({@code collection}: {@code "/topics"}). */
    private List<Map<String, Object>> named(String type, String collection, List<Ref> refs) {
        return refs.stream().map(r -> named(type, collection + "/" + r.id(), r.name())).toList();
    }

    /** Puts the value, unless there is none: null, or an empty list. */
    private static void put(Map<String, Object> node, String key, @Nullable Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            node.put(key, value);
        }
    }

    /** A date at the precision the text gives: "2017", "2017-05" or "2017-04-03" (ISO 8601 reduced precision). */
    private static @Nullable String date(@Nullable TimeRef time) {
        return time == null ? null : date(time.earliest(), time);
    }

    private static @Nullable String date(@Nullable LocalDate day, TimeRef time) {
        if (day == null) {
            return null;
        }
        return switch (time.precision()) {
            case YEAR -> String.valueOf(day.getYear());
            case MONTH -> day.toString().substring(0, 7);
            case DAY -> day.toString();
            case APPROXIMATE -> null;
        };
    }
}
