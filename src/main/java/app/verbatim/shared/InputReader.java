package app.verbatim.shared;

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
            throw new InvalidDocumentException(List.of(new FieldProblem(path(e), describe(e))));
        } catch (JacksonException e) {
            throw new InvalidDocumentException(List.of(new FieldProblem("", "not a valid document: " + e.getOriginalMessage())));
        }
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

    /** PostgreSQL cannot store U+0000 in text, and no article needs it: name each field that has one. */
    private static void findNul(JsonNode node, String path, List<FieldProblem> problems) {
        if (node.isString() && node.asString().indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(path, "must not contain the NUL character (U+0000)"));
        } else if (node.isObject()) {
            node.properties().forEach(e -> findNul(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findNul(node.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    public JsonNode tree(Object value) {
        return json.valueToTree(value);
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
