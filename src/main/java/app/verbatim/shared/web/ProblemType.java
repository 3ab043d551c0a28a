package app.verbatim.shared.web;

import java.net.URI;

/**
 * The stable problem types clients can switch on. They are URNs, not links: stable names that
 * promise no page. The README lists them with their statuses.
 */
public enum ProblemType {
    // For a status several types share, the first listed is the general one (forStatus).
    INVALID_REQUEST("invalid-request", 400),
    INVALID_PARAMETER("invalid-parameter", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    /** 410: a change-log cursor older than the log's retention. */
    GONE("gone", 410),
    PRECONDITION_FAILED("precondition-failed", 412),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    INVALID_DOCUMENT("invalid-document", 422),
    PRECONDITION_REQUIRED("precondition-required", 428),
    INTERNAL("internal", 500),
    NOT_IMPLEMENTED("not-implemented", 501),
    /** 503: the database cannot be reached. */
    UNAVAILABLE("unavailable", 503),
    /** 503: the service is at capacity (connections, the expensive-search limit). */
    BUSY("busy", 503),
    /** 504: the database did not answer within the statement or lock timeout. */
    TIMEOUT("timeout", 504),
    HTTP_VERSION_NOT_SUPPORTED("http-version-not-supported", 505);

    private final URI uri;
    private final int status;

    ProblemType(String name, int status) {
        this.uri = URI.create("urn:verbatim:problem:" + name);
        this.status = status;
    }

    public URI uri() {
        return uri;
    }

    /** The HTTP status a problem of this type is answered with. */
    public int status() {
        return status;
    }

    /** The general type of a status; a status no type names is an invalid request (4xx) or internal (5xx). */
    public static ProblemType forStatus(int status) {
        for (var type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : INVALID_REQUEST;
    }
}
