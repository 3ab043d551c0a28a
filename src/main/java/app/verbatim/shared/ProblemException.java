package app.verbatim.shared;

import app.verbatim.shared.web.ProblemType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure the caller is told of as an RFC 9457 problem. Each kind says once, in its
 * constructor, all its document holds: the type (which fixes the status), the detail (the
 * message), the fields at fault ({@code errors}) and, for a failure that passes, when to ask
 * again ({@code Retry-After}). The web layer's {@code Problems} writes every kind alike.
 */
public abstract sealed class ProblemException extends RuntimeException
        permits BadParameterException, ConflictException, GoneException, InvalidDocumentException, NotFoundException,
        PayloadTooLargeException, PreconditionException, UnavailableException {

    private final ProblemType type;
    private final List<FieldProblem> errors;
    private final @Nullable Duration retryAfter;

    ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    ProblemException(ProblemType type, String detail, List<FieldProblem> errors, @Nullable Duration retryAfter) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ProblemType type() {
        return type;
    }

    /** The fields at fault, each named; empty when the failure is not one of the input's fields. */
    public List<FieldProblem> errors() {
        return errors;
    }

    /** How long a caller should wait before asking again, or null when asking again is no use. */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }

    /** The problem's detail; never null: every kind sets it. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage());
    }
}
