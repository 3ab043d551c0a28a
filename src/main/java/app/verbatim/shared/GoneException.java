package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;

/** What the caller asks for existed once and is no longer kept: 410. */
public final class GoneException extends ProblemException {

    public GoneException(String message) {
        super(ProblemType.GONE, message);
    }
}
