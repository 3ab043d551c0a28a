package app.verbatim.format;

import app.verbatim.document.ArticleModel;
import app.verbatim.event.EventView;
import app.verbatim.quote.QuoteView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The article as an IPTC ninjs 3.1 news item. ninjs has no place for quotes, spans or for
 * facts the text does not state, so those stay in the JSON model; what it has a place for
 * (headline, body, people, organisations, places, subjects, events) is filled.
 */
final class Ninjs {

    static final String VERSION = "3.1";
    static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";

    private final String base;

    Ninjs(String base) {
        this.base = base;
    }

    Map<String, Object> item(ArticleModel a) {
        var item = new LinkedHashMap<String, Object>();
        item.put("uri", base + "/articles/" + a.slug());
        item.put("standard", Map.of("name", "ninjs", "version", VERSION, "schema", SCHEMA));
        item.put("type", "text");
        item.put("representationType", "full");
        item.put("version", String.valueOf(a.version()));
        if (a.createdAt() != null) {
            item.put("firstCreated", a.createdAt().toString());
        }
        if (a.updatedAt() != null) {
            item.put("versionCreated", a.updatedAt().toString());
        }
        item.put("language", a.language());
        item.put("slugline", a.slug());
        item.put("headlines", List.of(Map.of("role", "main", "value", a.headline())));
        var body = new LinkedHashMap<String, Object>();
        body.put("role", "main");
        body.put("contentType", "text/plain");
        body.put("charCount", a.body().codePointCount(0, a.body().length()));
        body.put("wordCount", a.body().isBlank() ? 0 : a.body().strip().split("[\\s\\u00a0]+").length);
        body.put("value", a.body());
        item.put("bodies", List.of(body));
        if (a.publisher() != null) {
            item.put("infoSources", List.of(Map.of("name", a.publisher(), "role", "originfo")));
        }
        Set<String> speakers = a.quotes().stream().map(QuoteView::speaker).map(s -> s.id()).collect(Collectors.toSet());
        item.put("people", a.people().stream().map(p -> entity(p.name(), "/people/" + p.id(), p.id(),
                speakers.contains(p.id()) ? "quoted" : "mentioned")).toList());
        item.put("organisations", a.organizations().stream().map(o -> entity(o.name(), "/organizations/" + o.id(), o.id(), "mentioned")).toList());
        item.put("places", a.places().stream().map(p -> entity(p.name(), "/places/" + p.id(), p.id(), "mentioned")).toList());
        item.put("subjects", a.topics().stream().map(t -> entity(t.name(), "/topics/" + t.id(), t.id(), "about")).toList());
        item.put("events", a.events().stream().map(this::event).toList());
        if (!a.notes().isEmpty()) {
            item.put("edNote", a.notes().stream().map(n -> n.kind().name().toLowerCase() + ": " + n.note())
                    .collect(Collectors.joining(" ")));
        }
        return item;
    }

    private Map<String, Object> entity(String name, String path, String literal, String rel) {
        var node = new LinkedHashMap<String, Object>();
        node.put("name", name);
        node.put("rel", rel);
        node.put("uri", base + path);
        node.put("literal", literal);
        return node;
    }

    private Map<String, Object> event(EventView e) {
        var node = new LinkedHashMap<String, Object>();
        node.put("id", String.valueOf(e.id()));
        node.put("name", e.title());
        node.put("rel", e.status().name().toLowerCase());
        node.put("uri", base + "/events/" + e.id());
        node.put("literal", e.kind());
        return node;
    }
}
