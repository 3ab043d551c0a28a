package app.verbatim.shared;

/** A request body past its limit: 413. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("The body is larger than this resource takes (%d bytes).".formatted(limit));
    }
}
