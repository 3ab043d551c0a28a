package app.verbatim.shared;

import java.time.Duration;

/** The service cannot take this request now, and says when to try again; answered with 503 and Retry-After. */
public class UnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public UnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
