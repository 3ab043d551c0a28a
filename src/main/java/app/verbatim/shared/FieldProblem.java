package app.verbatim.shared;

/** One reason a request was refused, naming the JSON pointer-ish path of the field at fault. */
public record FieldProblem(String field, String message) {
}
