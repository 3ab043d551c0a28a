package app.verbatim.shared;

/** An id or slug that names nothing; answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("No %s with id '%s'".formatted(what, id));
    }
}
