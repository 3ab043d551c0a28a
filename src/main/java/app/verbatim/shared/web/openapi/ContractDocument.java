package app.verbatim.shared.web.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Makes the document say exactly what the service answers, from what springdoc found and from
 * the wire records themselves:
 * <ul>
 * <li>a record component marked {@code @Nullable} may be null or absent ({@code type: [X, "null"]});
 *     every other one of an answer is {@code required};
 * <li>enum values as the JSON writes them (lowercase); {@code url}s are URIs;
 * <li>each operation's statuses (201 with Location for a create, 204 for a delete, 304 for a
 *     conditional read) and the problems (application/problem+json) it may answer with;
 * <li>{@code security: []} on what anyone may call (SecurityConfiguration: every GET but tokens),
 *     the {@code token} scheme on the rest;
 * <li>a schema for each media type as it is written: JSON-LD and ninjs are documents of their own,
 *     CSV, NDJSON and event streams are text; a merge patch is any part of the record it edits.
 * </ul>
 */
@SuppressWarnings({"rawtypes", "unchecked"})
record ContractDocument(RecordTypes records, TypedBodies bodies) implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String TOKEN = "token";
    private static final String JSON_LD = "JsonLd";
    private static final String NINJS = "Ninjs";
    private static final Set<String> TEXT_TYPES = Set.of("text/csv", "text/event-stream", "application/x-ndjson", "text/plain");

    @Override
    public void customise(OpenAPI openApi) {
        var components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        if (components.getSchemas() == null) {
            components.setSchemas(new LinkedHashMap<>());
        }
        Map<String, Schema> schemas = components.getSchemas();
        bodies.addSchemas(schemas);
        schemas.values().forEach(Schemas::lowercaseEnums);
        components.addSecuritySchemes(TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API token: editor for POST, PUT, PATCH; admin also for DELETE and /tokens"));

        Set<String> inRequests = new HashSet<>();
        forEachOperation(openApi, (path, method, operation) -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(m -> Schemas.referenced(m.getSchema(), schemas, inRequests));
            }
        });
        schemas.forEach((name, schema) -> {
            var record = records.record(name);
            if (record != null) {
                fromRecord(schema, record, inRequests.contains(name));
            }
            Schemas.walk(schema, ContractDocument::uris);
        });
        schemas.put(PROBLEM, problem());
        schemas.put(JSON_LD, new JsonSchema().types(Set.of("object")).description(
                "A JSON-LD 1.1 document (schema.org and Web Annotation terms); its own @context says what each key means"));
        schemas.put(NINJS, new JsonSchema().types(Set.of("object")).description("An IPTC ninjs 3.1 item"));
        forEachOperation(openApi, (path, method, operation) -> operation(path, method, operation, schemas));
        dropUnused(openApi, schemas);
        operationIds(openApi);
    }

    /**
     * Operation ids a generated client can live with, from method and path rather than from the
     * handler's Java name (springdoc's list_5): listEvents, getEvent, createQuote, listQuotesOfPerson.
     * Where two operations would get one id, both keep springdoc's.
     */
    private static void operationIds(OpenAPI openApi) {
        var ids = new java.util.IdentityHashMap<Operation, String>();
        forEachOperation(openApi, (path, method, operation) -> ids.put(operation, operationId(path, method)));
        var counts = new java.util.HashMap<String, Integer>();
        ids.values().forEach(id -> counts.merge(id, 1, Integer::sum));
        ids.forEach((operation, id) -> {
            if (counts.getOrDefault(id, 0) == 1) {
                operation.setOperationId(id);
            }
        });
    }

    static String operationId(String path, HttpMethod method) {
        var segments = new ArrayList<>(List.of(path.replaceFirst("^/api/v\\d+/", "").split("/")));
        boolean item = segments.getLast().startsWith("{");
        if (item) {
            segments.removeLast();
        }
        String resource = segments.getLast();
        String verb = switch (method) {
            case GET -> item ? "get" : "list";
            case POST -> "create";
            case PUT -> "replace";
            case PATCH -> "patch";
            case DELETE -> "delete";
            default -> method.name().toLowerCase(java.util.Locale.ROOT);
        };
        String noun = item || method == HttpMethod.POST ? singular(resource) : resource;
        // An action on a collection (/articles/import, /drafts/bulk): the action is the verb.
        if (!item && segments.size() >= 2 && !segments.get(segments.size() - 2).startsWith("{") && method == HttpMethod.POST) {
            return segments.getLast() + capitalized(segments.get(segments.size() - 2));
        }
        // A collection under a record (/people/{id}/quotes): of that record.
        String of = !item && method == HttpMethod.GET && segments.size() >= 3 && segments.get(segments.size() - 2).startsWith("{")
                ? "Of" + capitalized(singular(segments.get(segments.size() - 3))) : "";
        return verb + capitalized(noun) + of;
    }

    private static String singular(String plural) {
        if (plural.equals("people")) {
            return "person";
        }
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Nullability and, for answers, required properties from the record's own components. */
    private static void fromRecord(Schema schema, Class<?> record, boolean inRequests) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            if (annotated(component, JsonIgnore.class)) {
                continue;
            }
            String name = jsonName(component);
            var property = properties.get(name);
            if (property == null) {
                continue;
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(name, Schemas.orNull(property));
                required.remove(name);
            } else if (!inRequests && !required.contains(name)) {
                // A request may leave out what has a default; an answer always has every non-null field.
                required.add(name);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static String jsonName(RecordComponent component) {
        for (AnnotatedElement element : elements(component)) {
            var property = element.getAnnotation(JsonProperty.class);
            if (property != null && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return component.getName();
    }

    private static boolean annotated(RecordComponent component, Class<? extends java.lang.annotation.Annotation> annotation) {
        return elements(component).stream().anyMatch(e -> e.isAnnotationPresent(annotation));
    }

    private static List<AnnotatedElement> elements(RecordComponent component) {
        var elements = new ArrayList<AnnotatedElement>(List.of(component, component.getAccessor()));
        try {
            elements.add(component.getDeclaringRecord().getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // every component has its field; nothing to add if not
        }
        return elements;
    }

    /** Properties named url hold absolute URLs (the input takes only http and https ones). */
    private static void uris(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (("url".equals(name) || name.endsWith("Url")) && Schemas.types(property).contains("string") && property.getFormat() == null) {
                property.setFormat("uri");
            }
        });
    }

    private void operation(String path, HttpMethod method, Operation operation, Map<String, Schema> schemas) {
        boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
        boolean secured = !read || path.startsWith("/api/v1/tokens");
        operation.setSecurity(secured ? new ArrayList<>(List.of(new SecurityRequirement().addList(TOKEN))) : new ArrayList<>());
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> Schemas.lowercaseEnums(p.getSchema()));
        }
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        mediaTypes(operation);
        mergePatches(operation, schemas);
        successes(method, operation, responses, schemas);

        responses.addApiResponse("400", problem("A malformed or unknown parameter, or a malformed request"));
        if (path.contains("{")) {
            responses.addApiResponse("404", problem("Nothing has this id or slug"));
        }
        responses.addApiResponse("406", problem("The Accept header asks for a type this resource does not serve"));
        if (secured) {
            responses.addApiResponse("401", problem("No token, or an unknown or revoked one"));
            responses.addApiResponse("403", problem("The token's role may not do this"));
        }
        if (!read) {
            responses.addApiResponse("409", problem("The write conflicts with a record as it is now"));
        }
        if (hasParameter(operation, "header", "If-Match")
                || (method == HttpMethod.PUT || method == HttpMethod.PATCH || method == HttpMethod.DELETE) && !path.startsWith("/api/v1/tokens")) {
            responses.addApiResponse("412", problem("If-Match names a state the record is no longer in"));
            responses.addApiResponse("428", problem("If-Match is missing"));
        }
        if (hasParameter(operation, "query", "after")) {
            responses.addApiResponse("410", problem("The cursor is older than what the log keeps"));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("413", problem("The body is past its cap"));
            responses.addApiResponse("415", problem("The body is of a media type this operation does not take"));
            responses.addApiResponse("422", problem("The body fails validation; errors names each field"));
        }
        responses.addApiResponse("500", problem("A fault of the server's; the body says nothing of its internals"));
        responses.addApiResponse("503", problem("The database is unavailable or the service is busy; try again after Retry-After")
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(Schemas.type("integer"))));
        responses.addApiResponse("504", problem("The database did not answer in time (a lock or a statement timeout)")
                .addHeaderObject("Retry-After", new Header().description("Seconds to wait").schema(Schemas.type("integer"))));
    }

    /** 201 with Location for a create, 204 for a delete, 304 for a conditional read. */
    private static void successes(HttpMethod method, Operation operation, ApiResponses responses, Map<String, Schema> schemas) {
        var ok = responses.get("200");
        if (method == HttpMethod.DELETE && ok != null && (ok.getContent() == null || ok.getContent().isEmpty())) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description("Deleted"));
        }
        if (method == HttpMethod.POST && ok != null && createdRecord(ok, schemas)) {
            var created = new ApiResponse().description("Created; Location names the new record").content(ok.getContent())
                    .addHeaderObject("Location", new Header().description("The new record's URL").schema(Schemas.string("uri-reference")));
            var reordered = new LinkedHashMap<String, ApiResponse>();
            reordered.put("201", created);
            if (idempotent(operation, schemas)) {
                reordered.put("200", ok.description("The same document is already stored; Content-Location names it"));
            }
            responses.forEach((status, response) -> {
                if (!"200".equals(status)) {
                    reordered.put(status, response);
                }
            });
            responses.clear();
            responses.putAll(reordered);
        }
        if (method == HttpMethod.GET) {
            responses.addApiResponse("304", new ApiResponse().description("If-None-Match names the current ETag"));
        }
    }

    /** An answer that is a record with an id or slug of its own: the POST made it. */
    private static boolean createdRecord(ApiResponse ok, Map<String, Schema> schemas) {
        if (ok.getContent() == null) {
            return false;
        }
        var json = ok.getContent().get("application/json");
        if (json == null || json.getSchema() == null) {
            return false;
        }
        var schema = schemas.get(RecordTypes.refName(json.getSchema().get$ref()));
        return schema != null && schema.getProperties() != null
                && (schema.getProperties().containsKey("id") || schema.getProperties().containsKey("slug"));
    }

    /** A body that names its own key (a slug the client chose): sending it again finds it stored. */
    private static boolean idempotent(Operation operation, Map<String, Schema> schemas) {
        var body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().get("application/json") == null) {
            return false;
        }
        var schema = schemas.get(RecordTypes.refName(body.getContent().get("application/json").getSchema().get$ref()));
        return schema != null && schema.getRequired() != null && schema.getRequired().contains("slug");
    }

    /**
     * Each media type's schema as it is written: only JSON answers are the records themselves.
     * Each gets a media type object of its own: springdoc shares one among a method's types.
     */
    private static void mediaTypes(Operation operation) {
        operation.getResponses().values().forEach(response -> {
            if (response.getContent() != null) {
                // JSON-LD and ninjs before plain JSON: a validator (Prism) holds a +json answer to the first
                // JSON-like type listed, so plain JSON, listed first, would be the schema of all three.
                var content = new Content();
                response.getContent().entrySet().stream()
                        .sorted(java.util.Comparator.comparingInt(e -> e.getKey().endsWith("+json") ? 0 : e.getKey().equals("application/json") ? 1 : 2))
                        .forEach(e -> content.addMediaType(e.getKey(), switch (e.getKey()) {
                            case "application/ld+json" -> copy(e.getValue(), Schemas.ref(JSON_LD));
                            case "application/ninjs+json" -> copy(e.getValue(), Schemas.ref(NINJS));
                            default -> TEXT_TYPES.contains(e.getKey()) ? copy(e.getValue(), text(e.getValue(), e.getKey()))
                                    : copy(e.getValue(), e.getValue().getSchema());
                        }));
                response.setContent(content);
            }
        });
        var body = operation.getRequestBody();
        if (body != null && body.getContent() != null) {
            body.getContent().replaceAll((type, media) -> TEXT_TYPES.contains(type) ? copy(media, text(media, type)) : media);
        }
    }

    private static MediaType copy(MediaType media, @Nullable Schema schema) {
        var copy = new MediaType().schema(schema).examples(media.getExamples()).encoding(media.getEncoding());
        if (media.getExample() != null) {
            copy.setExample(media.getExample());
        }
        return copy;
    }

    /** Text has no schema but a string: its example, if it has one, a string too. */
    private static Schema<?> text(MediaType media, String type) {
        var given = media.getSchema();
        var schema = Schemas.string(null).description(given != null && given.getDescription() != null ? given.getDescription()
                : type.equals("text/csv") ? "A header line, then a line per record" : "Text, a line per item");
        if (given != null && given.getExample() != null) {
            Object example = given.getExample();
            schema.setExample(example instanceof String ? example : io.swagger.v3.core.util.Json.pretty(example).replaceAll("\\s*\\n\\s*", " "));
        }
        return schema;
    }

    /** Drops the schemas nothing refers to any more (springdoc's SseEmitter, a page only CSV showed). */
    private static void dropUnused(OpenAPI openApi, Map<String, Schema> schemas) {
        Set<String> used = new HashSet<>();
        forEachOperation(openApi, (path, method, operation) -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(m -> Schemas.referenced(m.getSchema(), schemas, used));
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> Schemas.referenced(p.getSchema(), schemas, used));
            }
            operation.getResponses().values().stream().filter(r -> r.getContent() != null)
                    .forEach(r -> r.getContent().values().forEach(m -> Schemas.referenced(m.getSchema(), schemas, used)));
        });
        schemas.keySet().removeIf(name -> !used.contains(name));
    }

    /** A merge patch names any part of the record: the record's schema with nothing required. */
    private static void mergePatches(Operation operation, Map<String, Schema> schemas) {
        var body = operation.getRequestBody();
        if (body == null || body.getContent() == null) {
            return;
        }
        var patch = body.getContent().get("application/merge-patch+json");
        if (patch == null || patch.getSchema() == null || patch.getSchema().get$ref() == null) {
            return;
        }
        String of = RecordTypes.refName(patch.getSchema().get$ref());
        var whole = schemas.get(of);
        if (whole == null) {
            return;
        }
        String name = of + "Patch";
        schemas.computeIfAbsent(name, n -> new JsonSchema().types(Set.of("object"))
                .description("A JSON Merge Patch (RFC 7396) of " + of + ": any of its fields; null removes an optional one")
                .properties(new LinkedHashMap<>(whole.getProperties() == null ? Map.of() : whole.getProperties())));
        patch.setSchema(Schemas.ref(name));
    }

    private static boolean hasParameter(Operation operation, String in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> in.equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(Schemas.ref(PROBLEM))));
    }

    /** RFC 9457 problem details as Problems and the filters write them. */
    private static Schema<?> problem() {
        var fieldProblem = new JsonSchema().types(Set.of("object"))
                .addProperty("field", Schemas.string(null).description("The parameter or field at fault"))
                .addProperty("message", Schemas.string(null));
        fieldProblem.setRequired(List.of("field", "message"));
        var problem = new JsonSchema().types(Set.of("object")).description("RFC 9457 problem details")
                .addProperty("type", Schemas.string("uri").description("Stable problem type, a URN such as urn:verbatim:problem:not-found"))
                .addProperty("title", Schemas.string(null))
                .addProperty("status", Schemas.type("integer").minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", Schemas.string(null))
                .addProperty("instance", Schemas.string("uri-reference").description("The path the problem is about"))
                .addProperty("requestId", Schemas.string(null).description("The request's X-Request-Id, to quote when reporting"))
                .addProperty("errors", new JsonSchema().types(Set.of("array")).items(fieldProblem).description("Each failing field, for bad input"));
        problem.setRequired(List.of("type", "title", "status"));
        return problem;
    }

    private interface OperationVisitor {
        void visit(String path, HttpMethod method, Operation operation);
    }

    private static void forEachOperation(OpenAPI openApi, OperationVisitor visitor) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> visitor.visit(path, method, operation)));
    }

}
