package app.verbatim.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds JSON bodies to strict UTF-8 (RFC 3629) as they are read. Jackson decodes some byte
 * sequences that are not UTF-8 (an overlong {@code C0 AF} becomes {@code /}) and the lenient
 * decoders turn others into U+FFFD: either way bytes the client did not mean would be stored.
 * The first bad byte fails the read with a {@link MalformedInputException}, which the JSON
 * readers report as a body that cannot be read (400). NDJSON streams are left to their readers,
 * which decode each line strictly themselves and can answer a bad line without ending the stream.
 */
@Component
class Utf8Bodies extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        if (lower.contains("json") && !lower.contains("ndjson")) {
            chain.doFilter(new Checked(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Checked extends HttpServletRequestWrapper {

        private @Nullable ServletInputStream stream;

        Checked(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Utf8Stream(super.getInputStream());
            }
            return stream;
        }
    }

    /** Passes bytes through, checking each against the UTF-8 grammar. */
    static final class Utf8Stream extends ForwardingServletInputStream {

        /** Continuation bytes still expected, and the range the next one must fall in. */
        private int pending;
        private int low = 0x80;
        private int high = 0xBF;
        private long offset;

        Utf8Stream(ServletInputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            int n = in.read(buffer, from, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[from + i] & 0xFF);
            }
            return n;
        }

        private void end() throws MalformedInputException {
            if (pending > 0) {
                throw new MalformedInputException((int) Math.min(offset, Integer.MAX_VALUE));
            }
        }

        private void check(int b) throws MalformedInputException {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw new MalformedInputException((int) Math.min(offset, Integer.MAX_VALUE));
                }
                pending--;
                low = 0x80;
                high = 0xBF;
            } else if (b >= 0x80) {
                // Lead bytes; C0, C1 and F5 to FF never occur, and the second byte's range rules out
                // overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4).
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                    low = b == 0xE0 ? 0xA0 : 0x80;
                    high = b == 0xED ? 0x9F : 0xBF;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                    low = b == 0xF0 ? 0x90 : 0x80;
                    high = b == 0xF4 ? 0x8F : 0xBF;
                } else {
                    throw new MalformedInputException((int) Math.min(offset, Integer.MAX_VALUE));
                }
            }
            offset++;
        }
    }
}
