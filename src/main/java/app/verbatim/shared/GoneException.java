package app.verbatim.shared;

/** What the caller asks for existed once and is no longer kept; answered with 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
