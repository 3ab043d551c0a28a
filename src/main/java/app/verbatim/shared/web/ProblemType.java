package app.verbatim.shared.web;

import java.net.URI;

/**
 * The stable problem types clients can switch on. They are URNs, not links: stable names that
 * promise no page. The README lists them with their statuses.
 */
public enum ProblemType {
    NOT_FOUND("not-found"),
    INVALID_PARAMETER("invalid-parameter"),
    INVALID_REQUEST("invalid-request"),
    INVALID_DOCUMENT("invalid-document"),
    METHOD_NOT_ALLOWED("method-not-allowed"),
    NOT_ACCEPTABLE("not-acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    CONFLICT("conflict"),
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    PRECONDITION_FAILED("precondition-failed"),
    PRECONDITION_REQUIRED("precondition-required"),
    PAYLOAD_TOO_LARGE("payload-too-large"),
    NOT_IMPLEMENTED("not-implemented"),
    HTTP_VERSION_NOT_SUPPORTED("http-version-not-supported"),
    /** 503: the database cannot be reached. */
    UNAVAILABLE("unavailable"),
    /** 503: the service is at capacity (connections, the expensive-search limit). */
    BUSY("busy"),
    /** 504: the database did not answer within the statement or lock timeout. */
    TIMEOUT("timeout"),
    /** 410: a change-log cursor older than the log's retention. */
    GONE("gone"),
    INTERNAL("internal");

    private final URI uri;

    ProblemType(String name) {
        this.uri = URI.create("urn:verbatim:problem:" + name);
    }

    public URI uri() {
        return uri;
    }

    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 428 -> PRECONDITION_REQUIRED;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> INVALID_DOCUMENT;
            case 501 -> NOT_IMPLEMENTED;
            case 505 -> HTTP_VERSION_NOT_SUPPORTED;
            case 503 -> UNAVAILABLE;
            case 504 -> TIMEOUT;
            case 410 -> GONE;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
