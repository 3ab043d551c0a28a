package app.verbatim.shared;

/** A write that contradicts what is stored (another document under a slug, a person still quoted): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
