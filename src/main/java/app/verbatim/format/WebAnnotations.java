package app.verbatim.format;

import app.verbatim.quote.QuoteView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.TextSpan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quotes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): a quote is an
 * annotation of its article's words. Its target is the article with both selectors our spans
 * already are ({@code TextPositionSelector}: code points, as the model counts them;
 * {@code TextQuoteSelector}: exact, prefix, suffix). Its body says who spoke and how: a textual
 * description, and the speaker's resource with the purpose {@code identifying}.
 * A page of quotes is an {@code AnnotationPage} of an {@code AnnotationCollection}.
 */
final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";

    private final String base;

    WebAnnotations(String base) {
        this.base = base;
    }

    static boolean supports(Class<?> type) {
        return type == QuoteView.class;
    }

    Map<String, Object> document(Object value, String self) {
        if (value instanceof QuoteView quote) {
            var annotation = new LinkedHashMap<String, Object>();
            annotation.put("@context", CONTEXT);
            annotation.putAll(annotation(quote));
            return annotation;
        }
        if (value instanceof PageOf<?> page) {
            var items = new ArrayList<Map<String, Object>>();
            for (var item : page.items()) {
                items.add(annotation((QuoteView) item));
            }
            var collection = new LinkedHashMap<String, Object>();
            collection.put("type", "AnnotationCollection");
            collection.put("total", page.totalElements());
            var document = new LinkedHashMap<String, Object>();
            document.put("@context", CONTEXT);
            document.put("id", self);
            document.put("type", "AnnotationPage");
            document.put("partOf", collection);
            document.put("startIndex", (long) page.page() * page.size());
            document.put("items", items);
            return document;
        }
        throw new IllegalArgumentException("not a quote or a page of quotes: " + value.getClass());
    }

    private Map<String, Object> annotation(QuoteView q) {
        var node = new LinkedHashMap<String, Object>();
        node.put("id", base + "/quotes/" + q.id());
        node.put("type", "Annotation");
        node.put("motivation", "describing");
        if (q.updatedAt() != null) {
            node.put("modified", q.updatedAt().toString());
        }
        var description = new StringBuilder(q.speaker().name()).append(", ")
                .append(q.kind().name().equals("DIRECT") ? "in direct speech" : "in reported speech")
                .append(" (cue \u201c").append(q.cue().text()).append("\u201d");
        if (q.channel() != null) {
            description.append(", through ").append(q.channel().name());
        }
        description.append(")");
        var text = new LinkedHashMap<String, Object>();
        text.put("type", "TextualBody");
        text.put("purpose", "describing");
        text.put("format", "text/plain");
        text.put("value", description.toString());
        var speaker = new LinkedHashMap<String, Object>();
        speaker.put("type", "SpecificResource");
        speaker.put("purpose", "identifying");
        speaker.put("source", base + "/people/" + q.speaker().id());
        node.put("body", List.of(text, speaker));
        var target = new LinkedHashMap<String, Object>();
        target.put("type", "SpecificResource");
        target.put("source", base + "/articles/" + q.article().id());
        target.put("selector", selectors(q.content()));
        node.put("target", target);
        return node;
    }

    private static List<Map<String, Object>> selectors(TextSpan span) {
        var position = new LinkedHashMap<String, Object>();
        position.put("type", "TextPositionSelector");
        position.put("start", span.start());
        position.put("end", span.end());
        var quote = new LinkedHashMap<String, Object>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", span.text());
        if (span.prefix() != null) {
            quote.put("prefix", span.prefix());
        }
        if (span.suffix() != null) {
            quote.put("suffix", span.suffix());
        }
        return List.of(position, quote);
    }
}
