package app.verbatim.shared.web.openapi;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Small operations on schema objects, in OpenAPI 3.1's JSON Schema (2020-12) terms. */
@SuppressWarnings({"rawtypes", "unchecked"})
final class Schemas {

    static final String COMPONENTS = "#/components/schemas/";

    private Schemas() {
    }

    static Schema<?> ref(String name) {
        return new JsonSchema().$ref(COMPONENTS + name);
    }

    static Schema<?> type(String type) {
        return new JsonSchema().types(new LinkedHashSet<>(List.of(type)));
    }

    static Schema<?> string(@Nullable String format) {
        var schema = type("string");
        return format == null ? schema : schema.format(format);
    }

    /**
     * The same schema, and null besides: {@code type: [X, "null"]} (with {@code null} among its
     * enum values, if it has some), or {@code anyOf: [{$ref}, {type: "null"}]} for a reference,
     * which cannot take a type of its own beside it.
     */
    static Schema<?> orNull(Schema<?> schema) {
        if (allowsNull(schema)) {
            return schema;
        }
        if (schema.get$ref() != null) {
            var either = new JsonSchema().anyOf(new ArrayList<>(List.of(new JsonSchema().$ref(schema.get$ref()), type("null"))));
            if (schema.getDescription() != null) {
                either.description(schema.getDescription());
            }
            return either;
        }
        Set<String> types = new LinkedHashSet<>(types(schema));
        if (types.isEmpty()) {
            return schema; // no type: anything goes already, null included
        }
        types.add("null");
        schema.setTypes(types);
        if (schema.getEnum() != null && !schema.getEnum().contains(null)) {
            var values = new ArrayList<Object>(schema.getEnum());
            values.add(null);
            ((Schema) schema).setEnum(values);
        }
        return schema;
    }

    static boolean allowsNull(Schema<?> schema) {
        if (types(schema).contains("null")) {
            return true;
        }
        var any = schema.getAnyOf() != null ? schema.getAnyOf() : schema.getOneOf();
        return any != null && any.stream().anyMatch(s -> types(s).contains("null"));
    }

    static Set<String> types(Schema<?> schema) {
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes();
        }
        return schema.getType() == null ? Set.of() : Set.of(schema.getType());
    }

    /** This schema and every schema inside it, depth first, without following references. */
    static void walk(@Nullable Schema<?> schema, Consumer<Schema<?>> visit) {
        if (schema == null) {
            return;
        }
        visit.accept(schema);
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) (Map) schema.getProperties()).values().forEach(p -> walk(p, visit));
        }
        walk(schema.getItems(), visit);
        for (var list : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            list.forEach(s -> walk(s, visit));
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            walk(additional, visit);
        }
    }

    private static List<Schema> nonNull(@Nullable List<Schema> list) {
        return list == null ? List.of() : list;
    }

    /** Enum values as the JSON writes them: lowercase (spring.jackson.datatype.enum.write-enums-to-lowercase). */
    static void lowercaseEnums(@Nullable Schema<?> root) {
        walk(root, schema -> {
            if (schema.getEnum() != null) {
                ((Schema) schema).setEnum(((List<Object>) schema.getEnum()).stream()
                        .map(v -> v instanceof String s ? s.toLowerCase(Locale.ROOT) : v).toList());
            }
        });
    }

    /** The names of the component schemas this schema refers to, directly or through others. */
    static void referenced(@Nullable Schema<?> root, Map<String, Schema> components, Set<String> into) {
        walk(root, schema -> {
            String name = RecordTypes.refName(schema.get$ref());
            if (name != null && into.add(name)) {
                referenced(components.get(name), components, into);
            }
        });
    }
}
