package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;

/** A write whose If-Match is missing (428) or names another state than the record's current one (412). */
public final class PreconditionException extends ProblemException {

    private PreconditionException(ProblemType type, String message) {
        super(type, message);
    }

    public static PreconditionException missing(String message) {
        return new PreconditionException(ProblemType.PRECONDITION_REQUIRED, message);
    }

    public static PreconditionException stale(String message) {
        return new PreconditionException(ProblemType.PRECONDITION_FAILED, message);
    }
}
