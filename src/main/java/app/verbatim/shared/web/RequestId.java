package app.verbatim.shared.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The id of the request being answered ({@code X-Request-Id}): in every answer's headers, every
 * problem document and every log line written while the request is handled (the MDC key
 * {@value #MDC_KEY}), so an operator can find the log of a user's failed request.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** The problem document's property. */
    public static final String PROPERTY = "requestId";
    /** Where the id is kept on the request, for code that runs after the MDC was cleared (Tomcat's error report). */
    public static final String ATTRIBUTE = RequestId.class.getName();

    private RequestId() {
    }

    /** The current request's id, or null outside a request. */
    public static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }
}
