package app.verbatim.shared.web;

import app.verbatim.shared.BadParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Rejects query parameters an endpoint does not take: a misspelt filter ({@code ?speker=aliyev})
 * would otherwise be ignored and answer with everyone's quotes. Also rejects the NUL character
 * in any parameter or path variable, which PostgreSQL cannot hold in text and no name contains,
 * and values longer than {@value #MAX_VALUE_LENGTH} characters.
 */
class KnownParameters implements HandlerInterceptor {

    private final ConcurrentHashMap<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType().getPackageName().startsWith("org.springdoc")) {
            return true;
        }
        var accepted = known.computeIfAbsent(method, KnownParameters::requestParameters);
        for (var parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!accepted.contains(name)) {
                throw new BadParameterException(name, "is not a parameter of this resource; it takes "
                        + (accepted.isEmpty() ? "none" : String.join(", ", accepted.stream().sorted().toList())));
            }
            for (String value : parameter.getValue()) {
                rejectNul(name, value);
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> rejectNul(String.valueOf(name), String.valueOf(value)));
        }
        return true;
    }

    /** The names taken by {@code @RequestParam} arguments and by the components of query records ({@link QueryRecord}). */
    private static Set<String> requestParameters(HandlerMethod method) {
        return Arrays.stream(method.getMethodParameters())
                .flatMap(p -> {
                    if (p.hasParameterAnnotation(RequestParam.class)) {
                        var annotation = p.getParameterAnnotation(RequestParam.class);
                        String name = annotation == null ? "" : annotation.name();
                        return Stream.of(name.isEmpty() ? p.getParameterName() : name);
                    }
                    if (QueryRecordResolver.binds(p)) {
                        return QueryRecord.of(p.getParameterType()).names().stream();
                    }
                    return Stream.empty();
                })
                .collect(Collectors.toUnmodifiableSet());
    }

    /** No name, slug or query needs more; longer values only make work and oversized headers. */
    static final int MAX_VALUE_LENGTH = 1000;

    private static void rejectNul(String name, String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new BadParameterException(name, "must not contain the NUL character");
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            throw new BadParameterException(name, "must not be longer than %d characters".formatted(MAX_VALUE_LENGTH));
        }
    }
}
