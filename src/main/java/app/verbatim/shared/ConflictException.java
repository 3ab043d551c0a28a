package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;

/** A write that contradicts what is stored (another document under a slug, a person still quoted): 409. */
public final class ConflictException extends ProblemException {

    public ConflictException(String message) {
        super(ProblemType.CONFLICT, message);
    }
}
