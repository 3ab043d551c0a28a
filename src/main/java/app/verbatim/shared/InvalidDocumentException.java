package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;
import java.util.List;

/** A document that cannot be stored as it is: 422, naming every failing field, not just the first. */
public final class InvalidDocumentException extends ProblemException {

    public InvalidDocumentException(List<FieldProblem> problems) {
        super(ProblemType.INVALID_DOCUMENT, problems.size() + " field(s) failed validation", problems, null);
    }

    /** The failing fields (the document's {@code errors}). */
    public List<FieldProblem> problems() {
        return errors();
    }
}
