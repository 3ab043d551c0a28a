package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;
import java.time.Duration;
import java.util.List;

/** The service cannot take this request now, and says when to try again: 503 with Retry-After. */
public final class UnavailableException extends ProblemException {

    public UnavailableException(String message, Duration retryAfter) {
        super(ProblemType.UNAVAILABLE, message, List.of(), retryAfter);
    }
}
