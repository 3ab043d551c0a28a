package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;

/** A request body past its limit: 413. */
public final class PayloadTooLargeException extends ProblemException {

    public PayloadTooLargeException(long limit) {
        super(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than this resource takes (%d bytes).".formatted(limit));
    }
}
