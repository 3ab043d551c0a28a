package app.verbatim.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An RFC 7396 JSON Merge Patch of a record's input: objects merge key by key, {@code null}
 * removes, anything else (an array too) replaces. A {@code null} for a key the target does not
 * have is kept, as {@code null}, instead of vanishing: the result is read into a record, where an
 * absent and a null property are the same, so a known property changes nothing, while a misspelt
 * one ({@code {"nmae": null}}) is refused by name like any other unknown property rather than
 * accepted in silence. Made by {@link InputReader#mergePatch}.
 */
public final class MergePatch<T> implements Edit<T> {

    private final JsonNode patch;
    private final Class<T> type;
    private final InputReader reader;

    MergePatch(JsonNode patch, Class<T> type, InputReader reader) {
        this.patch = patch;
        this.type = type;
        this.reader = reader;
    }

    @Override
    public Optional<T> applyTo(T current) {
        var before = reader.tree(current);
        var after = reader.read(apply(before, patch), type);
        // Compared as the JSON they are written as: what a client reads back is what counts.
        return reader.tree(after).equals(before) ? Optional.empty() : Optional.of(after);
    }

    @Override
    public List<String> fields() {
        var names = new ArrayList<String>();
        if (patch.isObject()) {
            names.addAll(patch.propertyNames());
        }
        return names;
    }

    @Override
    public String summary() {
        return patch.toString();
    }

    @Override
    public String toString() {
        return "merge patch of " + type.getSimpleName() + ": " + patch;
    }

    /** The target with the patch applied (neither is changed). */
    public static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        for (var entry : patch.properties()) {
            if (entry.getValue().isNull()) {
                if (result.has(entry.getKey())) {
                    result.remove(entry.getKey());
                } else {
                    result.putNull(entry.getKey());
                }
            } else {
                JsonNode current = result.get(entry.getKey());
                result.set(entry.getKey(), apply(current == null ? JsonNodeFactory.instance.nullNode() : current, entry.getValue()));
            }
        }
        return result;
    }
}
