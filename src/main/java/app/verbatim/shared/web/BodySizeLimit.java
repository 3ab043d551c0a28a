package app.verbatim.shared.web;

import app.verbatim.shared.PayloadTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Caps request bodies: {@code verbatim.limits.body} for one document, {@code verbatim.limits.bulk}
 * for a bulk import or bulk drafting ({@code POST /api/v1/articles/import}, {@code POST /api/v1/drafts/bulk}, matched
 * exactly; each read as a stream, so its cap is about time, not memory). A declared
 * length past the cap is refused before reading; a chunked body is cut off when it passes it.
 */
@Component
class BodySizeLimit extends OncePerRequestFilter {

    private final long single;
    private final long bulk;
    private final JsonMapper json;

    BodySizeLimit(@Value("${verbatim.limits.body:5MB}") DataSize single, @Value("${verbatim.limits.bulk:1GB}") DataSize bulk,
                  JsonMapper json) {
        this.single = single.toBytes();
        this.bulk = bulk.toBytes();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = isBulk(request) ? bulk : single;
        if (request.getContentLengthLong() > limit) {
            response.setHeader("Connection", "close");
            ProblemDocuments.write(response, json, ProblemDocuments.of(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                    new PayloadTooLargeException(limit).getMessage()));
            return;
        }
        chain.doFilter(new Capped(request, limit), response);
    }

    /**
     * The two streaming routes, by method and whole path: a suffix would also match a PUT or PATCH
     * to an article whose slug is {@code import}, and any path that ends so.
     */
    static boolean isBulk(String method, String path) {
        return "POST".equals(method) && BULK_ROUTES.contains(path);
    }

    private static boolean isBulk(HttpServletRequest request) {
        return isBulk(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static final java.util.Set<String> BULK_ROUTES = java.util.Set.of("/api/v1/articles/import", "/api/v1/drafts/bulk");

    private static final class Capped extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                var in = super.getInputStream();
                stream = new ForwardingServletInputStream(in) {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > limit) {
                            throw new PayloadTooLargeException(limit);
                        }
                    }
                };
            }
            return stream;
        }
    }
}
