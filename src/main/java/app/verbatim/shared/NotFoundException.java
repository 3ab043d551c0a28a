package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;

/** An id or slug that names nothing: 404. */
public final class NotFoundException extends ProblemException {

    public NotFoundException(String what, Object id) {
        super(ProblemType.NOT_FOUND, "No %s with id '%s'".formatted(what, id));
    }
}
