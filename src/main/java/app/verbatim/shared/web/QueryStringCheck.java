package app.verbatim.shared.web;

import app.verbatim.shared.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the raw query string before anything else does and refuses, with a 400 naming the
 * parameter, what would otherwise fail deep inside: Tomcat throws on invalid percent-encoding,
 * invalid UTF-8 and empty names the first time a parameter is read, and Spring Security's
 * firewall throws on a NUL in a name, both as exceptions nothing above them expects. A method
 * HTTP does not define is answered here too, with a 501, as RFC 9110 asks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class QueryStringCheck extends OncePerRequestFilter {

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    private final JsonMapper json;

    QueryStringCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!METHODS.contains(request.getMethod())) {
            ProblemDocuments.write(response, json, ProblemDocuments.of(HttpStatus.NOT_IMPLEMENTED, ProblemType.NOT_IMPLEMENTED,
                    "This server does not implement the method; it takes " + String.join(", ", METHODS.stream().sorted().toList()) + "."));
            return;
        }
        var fault = check(request.getQueryString());
        if (fault != null) {
            var problem = ProblemDocuments.of(HttpStatus.BAD_REQUEST, ProblemType.INVALID_PARAMETER,
                    "Parameter '%s' %s".formatted(fault.field(), fault.message()), List.of(fault));
            try {
                problem.setInstance(java.net.URI.create(request.getRequestURI()));
            } catch (IllegalArgumentException e) {
                // A path URI cannot hold is no reason to hide the problem itself.
            }
            ProblemDocuments.write(response, json, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The first parameter the query string cannot carry, or null when every one decodes. */
    static @Nullable FieldProblem check(@Nullable String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            String name = decode(rawName);
            if (name == null) {
                return new FieldProblem(rawName, "is not valid percent-encoded UTF-8 in its name");
            }
            if (name.isEmpty()) {
                return new FieldProblem("", "has no name (" + (pair.length() > 40 ? pair.substring(0, 40) + "…" : pair) + ")");
            }
            if (name.indexOf('\u0000') >= 0) {
                return new FieldProblem(name.replace('\u0000', '\uFFFD'), "must not contain the NUL character in its name");
            }
            String value = decode(rawValue);
            if (value == null) {
                return new FieldProblem(name, "is not valid percent-encoded UTF-8");
            }
            if (value.indexOf('\u0000') >= 0) {
                return new FieldProblem(name, "must not contain the NUL character");
            }
        }
        return null;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /**
     * Percent-decodes strictly (a {@code %} needs two hex digits; {@code +} is a space) and reads the
     * bytes as UTF-8, refusing overlong forms, surrogates and anything past U+10FFFF: null when it cannot.
     */
    private static @Nullable String decode(String raw) {
        if (raw.indexOf('%') < 0 && raw.indexOf('+') < 0) {
            return raw;
        }
        var bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = hex(raw.charAt(i + 1));
                int low = hex(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7F) {
                // Tomcat refuses raw non-ASCII bytes in the request line; this is only a guard.
                return null;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
