package app.verbatim.shared;

import java.util.Objects;

/** A write that contradicts what is stored (another document under a slug, a person still quoted): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** Never null: every constructor sets the message. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
