package app.verbatim.shared.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON Merge Patch: objects merge key by key, {@code null} removes, anything else replaces.
 * A {@code null} for a key the target does not have is kept, as {@code null}, instead of vanishing:
 * the result is read into a record, where an absent and a null property are the same, so a known
 * property changes nothing, while a misspelt one ({@code {"nmae": null}}) is refused by name like
 * any other unknown property rather than accepted in silence.
 */
public final class MergePatch {

    private MergePatch() {
    }

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
