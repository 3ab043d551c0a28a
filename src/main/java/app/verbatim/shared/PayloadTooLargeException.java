package app.verbatim.shared;

import java.util.Objects;

/** A request body past its limit: 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The body is larger than this resource takes (%d bytes).".formatted(limit));
    }

    /** Never null: every constructor sets the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
