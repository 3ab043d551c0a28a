package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;
import java.util.List;

/** A query parameter whose value makes no sense: 400, naming the parameter. */
public final class BadParameterException extends ProblemException {

    /** {@code reason} completes a sentence that starts with the parameter: {@code must be at least 1}. */
    public BadParameterException(String parameter, String reason) {
        super(ProblemType.INVALID_PARAMETER, "Parameter '%s' %s".formatted(parameter, reason),
                List.of(new FieldProblem(parameter, reason)), null);
    }

    public String parameter() {
        return errors().getFirst().field();
    }
}
