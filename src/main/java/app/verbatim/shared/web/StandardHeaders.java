package app.verbatim.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * The headers every answer of the service carries: Spring Security's defaults, our content
 * security policy, and the {@code Vary} of the CORS configuration. Spring Security writes them
 * for every answer it sees; a path that answers before it (the article model's fast path) writes
 * them with {@link #apply}, and a test checks that both give the same headers.
 */
public final class StandardHeaders {

    /** Pages and API alike load only from this origin; nothing may frame them. */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    private StandardHeaders() {
    }

    /** Writes the headers Spring Security and CORS would add to an answer to a request without Origin. */
    public static void apply(HttpServletResponse response) {
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }
}
