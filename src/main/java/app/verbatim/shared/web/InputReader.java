package app.verbatim.shared.web;

import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a JSON tree into a validated input record, or into every reason it is not one: an
 * unknown property (a typo must not be dropped), a wrong type, a failed constraint, each named
 * by its path.
 */
@Component
public class InputReader {

    private final JsonMapper json;
    private final Validator validator;

    InputReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T read(JsonNode tree, Class<T> type) {
        if (tree == null || !tree.isObject()) {
            throw new InvalidDocumentException(List.of(new FieldProblem("", "the body must be a JSON object")));
        }
        var nul = new ArrayList<FieldProblem>();
        findNul(tree, "", nul);
        if (!nul.isEmpty()) {
            throw new InvalidDocumentException(nul);
        }
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (DatabindException e) {
            throw unbound(e);
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(new FieldProblem("", "not a valid document: " + e.getOriginalMessage())));
        }
        return validated(value);
    }

    /**
     * As {@link #read(JsonNode, Class)}, from JSON text, which the bulk import reads a line at a
     * time. An object whose text has no escaped code unit (a backslash and a {@code u}) can hold
     * neither a NUL nor a lone surrogate (both are invalid raw in JSON, and the text was decoded
     * strictly), so it is bound straight from the text, without a tree and a walk of it; any
     * other text takes the tree's way.
     *
     * @throws JacksonException when the text is not JSON, or not within the parser's limits
     */
    public <T> T read(String text, Class<T> type) {
        if (text.contains("\\u") || !text.stripLeading().startsWith("{")) {
            return read(json.readTree(text), type);
        }
        T value;
        try {
            value = json.readValue(text, type);
        } catch (DatabindException e) {
            throw unbound(e);
        }
        return validated(value);
    }

    /** A value that did not bind, named at its path. */
    private static InvalidDocumentException unbound(DatabindException e) {
        return new InvalidDocumentException(List.of(new FieldProblem(path(e), describe(e))));
    }

    private <T> T validated(T value) {
        var problems = new ArrayList<FieldProblem>();
        validator.validate(value).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return value;
    }

    /**
     * What PostgreSQL's UTF-8 text cannot hold, by field: U+0000, and a lone surrogate (an escaped
     * U+D800 to U+DFFF without its pair), which the driver would otherwise store as a silent {@code ?}.
     * Property names are checked too: an unknown one is named in the answer, which must be writable.
     */
    private static void findNul(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isString()) {
            String text = node.asString();
            if (text.indexOf('\u0000') >= 0) {
                problems.add(new FieldProblem(path, "must not contain the NUL character (U+0000)"));
            } else if (hasLoneSurrogate(text)) {
                problems.add(new FieldProblem(path, "must not contain a lone surrogate (an unpaired \\ud800-\\udfff): it is not a character"));
            }
        } else if (node.isObject()) {
            node.properties().forEach(e -> {
                String key = e.getKey();
                if (key.indexOf('\u0000') >= 0 || hasLoneSurrogate(key)) {
                    problems.add(new FieldProblem(join(path, printable(key)), "is not a property name: it holds a NUL or a lone surrogate"));
                } else {
                    findNul(e.getValue(), join(path, key), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findNul(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The text with what cannot be written as UTF-8 (lone surrogates, NUL) replaced by U+FFFD. */
    private static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0 || Character.isSurrogate((char) c) && c <= 0xFFFF ? 0xFFFD : c));
        return out.toString();
    }

    /** The value as the JSON tree a client would read: what a merge patch is applied to. */
    JsonNode tree(Object value) {
        return json.valueToTree(value);
    }

    /** A JSON Merge Patch of a {@code T}, to be applied to a record's current fields. */
    public <T> Edit<T> mergePatch(JsonNode patch, Class<T> type) {
        return new MergePatch<>(patch, type, this);
    }

    /** The JSON path of a binding failure, as {@code quotes[2].speaker.id}. */
    public static String path(DatabindException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    public static String describe(DatabindException e) {
        if (e instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a property of this document (a typo, or a field the server owns)";
        }
        if (e instanceof tools.jackson.databind.exc.InvalidFormatException f) {
            return "has a value of the wrong form: " + f.getValue();
        }
        if (e instanceof tools.jackson.databind.exc.MismatchedInputException) {
            return "has a value of the wrong type";
        }
        return e.getOriginalMessage();
    }
}
