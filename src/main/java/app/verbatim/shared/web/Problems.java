package app.verbatim.shared.web;

import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.PayloadTooLargeException;
import app.verbatim.shared.ProblemException;
import app.verbatim.shared.database.DatabaseFault;
import app.verbatim.shared.database.DatabaseGate;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code type}. Spring MVC's own
 * exceptions (405, 406, 415, missing or unreadable input) come through the base class; ours
 * are mapped here; anything unexpected is a 500 that says nothing of the internals.
 */
@RestControllerAdvice
class Problems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private final DatabaseGate gate;

    Problems(DatabaseGate gate) {
        this.gate = gate;
    }

    /** Every failure of ours that is the caller's to know of: each kind carries all its document says. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> problem(ProblemException e) {
        var problem = problem(HttpStatusCode.valueOf(e.type().status()), e.type(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        var answer = ResponseEntity.status(problem.getStatus());
        var retryAfter = e.retryAfter();
        if (retryAfter != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }
        return answer.body(problem);
    }

    /**
     * Parameters Tomcat cannot parse (a form body with broken percent-encoding: the query string
     * is checked before this, by {@link QueryStringCheck}); Tomcat says no more than that.
     */
    @ExceptionHandler
    ProblemDetail unparsableParameters(org.apache.tomcat.util.http.InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                "The request's parameters are not valid percent-encoded UTF-8 name=value pairs.");
    }

    /** Spring Security's firewall refusing a parameter it only sees once Spring MVC reads it. */
    @ExceptionHandler
    ProblemDetail rejected(org.springframework.security.web.firewall.RequestRejectedException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, "The request was rejected: it carries characters no resource takes.");
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : describe(e.getRequiredType());
        var problem = problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                "Parameter '%s' must be %s".formatted(e.getName(), expected));
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "must be " + expected)));
        return problem;
    }

    /** Two writers raced past the If-Match check (the database caught it): the loser is stale. */
    @ExceptionHandler
    ProblemDetail optimisticLock(org.springframework.orm.ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, ProblemType.PRECONDITION_FAILED,
                "The record changed while this write was made; read it again.");
    }

    /**
     * A database that is down, busy or slow is foreseeable: a 503 or 504 with {@code Retry-After}
     * (logged once per outage by the gate, not per request); a constraint the database enforces is
     * a 409. Anything else is a fault of ours.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var fault = DatabaseFaults.answer(e, gate);
        if (fault != null) {
            return fault;
        }
        if (DatabaseFault.isConstraintViolation(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                    "The write conflicts with a record as it is now."));
        }
        log.error("Unexpected failure", e);
        return ResponseEntity.internalServerError().body(
                problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL, "The server failed to answer this request."));
    }

    /**
     * A request body that fails its constraints ({@code @Valid @RequestBody}) is a document that
     * does not validate, as everywhere else: a 422 naming each field. (Query parameters are never
     * bound to a validated object, so no other argument gets here.)
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), String.valueOf(e.getDefaultMessage()))).toList();
        var problem = ProblemDocuments.of(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.INVALID_DOCUMENT, errors.stream()
                .map(e -> "'%s' %s".formatted(e.field(), e.message())).collect(java.util.stream.Collectors.joining("; ")), errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    /** An unreadable body: not JSON at all (400), or JSON that does not fit the document (422, naming the field). */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(org.springframework.http.converter.HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof PayloadTooLargeException tooLarge) {
                return handleExceptionInternal(ex, problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                        tooLarge.getMessage()), headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
            if (cause instanceof java.nio.charset.CharacterCodingException) {
                return handleExceptionInternal(ex, problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST,
                        "The body is not UTF-8: it holds a byte sequence UTF-8 does not allow."), headers, HttpStatus.BAD_REQUEST, request);
            }
        }
        if (ex.getCause() instanceof tools.jackson.databind.DatabindException e) {
            var problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.INVALID_DOCUMENT, "The document does not fit: "
                    + InputReader.path(e) + " " + InputReader.describe(e));
            problem.setProperty("errors", List.of(new FieldProblem(InputReader.path(e), InputReader.describe(e))));
            return handleExceptionInternal(ex, problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        var problem = problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, "The body is missing or is not well-formed JSON.");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Gives Spring MVC's own problems (405, 406, 415, 400 …) our stable types as well. */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        var response = super.handleExceptionInternal(ex, body, headers, status, request);
        // Spring Framework 7 leaves the type null for "about:blank"; earlier versions set it.
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || problem.getType().equals(URI.create("about:blank")))) {
            problem.setType(ProblemType.forStatus(status.value()).uri());
        }
        // A problem is written whatever the Accept header says: negotiating it against an Accept the
        // resource cannot serve (406) or cannot even parse would otherwise leave the body empty.
        if (response != null && response.getBody() instanceof ProblemDetail) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
        }
        return response;
    }

    private static ProblemDetail problem(HttpStatusCode status, ProblemType type, @Nullable String detail) {
        return ProblemDocuments.of(status, type, detail);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        return Map.<Class<?>, String>of(
                Integer.class, "an integer", int.class, "an integer", Long.class, "an integer", long.class, "an integer",
                java.time.LocalDate.class, "a date (YYYY-MM-DD, years 0001 to 9999)",
                java.time.OffsetDateTime.class, "an RFC 3339 date-time (2017-04-03T00:00:00Z, years 0001 to 9999)").getOrDefault(type, "a valid " + type.getSimpleName());
    }
}
