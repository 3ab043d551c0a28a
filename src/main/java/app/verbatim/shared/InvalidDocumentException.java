package app.verbatim.shared;

import java.util.List;

/** A document that cannot be stored as it is; carries every failing field, not just the first. */
public class InvalidDocumentException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidDocumentException(List<FieldProblem> problems) {
        super(problems.size() + " field(s) failed validation");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
