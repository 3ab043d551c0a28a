package app.verbatim.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI 3.1 document as a check on answers: the operation a request reached, the
 * statuses it declares, the media types each status has, and the JSON schema of each JSON body
 * (networknt's validator in its OpenAPI 3.1 dialect, formats asserted, {@code $ref}s resolved in
 * the document itself). Bodies of media types without a JSON schema (CSV, NDJSON, event
 * streams: strings) are checked by type only; paths outside the document (pages, probes, the
 * document itself) are not the contract's.
 */
public final class Contract {

    /** Where the document is said to live, for its own references: never fetched from there. */
    private static final String BASE = "https://verbatim.invalid/v3/api-docs";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonMapper json;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int variables) {
    }

    private Contract(String text, JsonMapper json) {
        this.json = json;
        this.document = json.readTree(text);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(BASE, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        document.get("paths").propertyNames().forEach(template -> {
            var regex = new StringBuilder("^");
            int variables = 0;
            for (var part : template.split("(?=\\{)|(?<=\\})")) {
                if (part.startsWith("{")) {
                    regex.append("[^/]+");
                    variables++;
                } else {
                    regex.append(Pattern.quote(part));
                }
            }
            routes.add(new Route(template, Pattern.compile(regex.append("$").toString()), variables));
        });
        // A literal segment wins over a variable one: /articles/import is not the article "import".
        routes.sort(Comparator.comparingInt(Route::variables));
    }

    public static Contract of(String document, JsonMapper json) {
        return new Contract(document, json);
    }

    /**
     * What is wrong with this answer to this request, one line each, each naming the operation,
     * the status and the violation; empty when it is what the document says.
     */
    public List<String> violations(String method, URI uri, int status, String contentType, String body) {
        var template = routes.stream().filter(r -> r.pattern().matcher(uri.getRawPath()).matches()).findFirst();
        if (template.isEmpty()) {
            return List.of(); // not an API path the document describes
        }
        String path = template.get().template();
        String verb = method.toLowerCase(Locale.ROOT);
        var item = document.get("paths").get(path);
        var operation = item.get(verb);
        if (operation == null && verb.equals("head")) {
            operation = item.get("get");
            verb = "get";
            body = "";
        }
        if (operation == null) {
            // An undeclared method on a declared path: the answer must be a 405 or 501 problem, or a
            // 413 (the body limit is a filter in front of routing: PUT /articles/import is refused
            // for its size before anyone sees that no article may have the slug "import").
            return status == 405 || status == 501 || status == 413 || verb.equals("options") ? List.of()
                    : List.of(method + " " + path + " is not in the document, yet it answered " + status);
        }
        String name = method + " " + path + " (" + operation.path("operationId").asString("?") + ") answered " + status;
        var responses = operation.get("responses");
        String key = responses.has(String.valueOf(status)) ? String.valueOf(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX" : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(name + ": status not declared (declared: " + String.join(", ", responses.propertyNames()) + ")");
        }
        var content = responses.get(key).get("content");
        if (body.isEmpty()) {
            return List.of();
        }
        String mediaType = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (content == null || !content.has(mediaType)) {
            return List.of(name + " with " + (mediaType.isEmpty() ? "no Content-Type" : mediaType) + ": media type not declared for "
                    + key + " (declared: " + (content == null ? "no body" : String.join(", ", content.propertyNames())) + ")");
        }
        var schema = content.get(mediaType).get("schema");
        if (schema == null) {
            return List.of();
        }
        String pointer = "/paths/" + escape(path) + "/" + verb + "/responses/" + key + "/content/" + escape(mediaType) + "/schema";
        if (!json(mediaType)) {
            // Text formats have no JSON schema: the document says "string" and nothing a validator could hold them to.
            return List.of();
        }
        JsonNode instance;
        try {
            instance = json.readTree(body);
        } catch (JacksonException e) {
            return List.of(name + " with " + mediaType + ": the body is not JSON (" + e.getOriginalMessage() + ")");
        }
        var errors = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p))).validate(instance);
        return errors.stream().map(e -> name + " with " + mediaType + ": " + e.getInstanceLocation() + " " + e.getMessage()
                + " (schema " + e.getSchemaLocation() + ")").toList();
    }

    private static boolean json(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
