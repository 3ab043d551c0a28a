package app.verbatim.shared.web;

import app.verbatim.shared.BadParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Rejects query parameters an endpoint does not take. A misspelt filter
 * ({@code ?speker=aliyev}) would otherwise be ignored and answer with everyone's quotes.
 */
class KnownParameters implements HandlerInterceptor {

    private final ConcurrentHashMap<HandlerMethod, Set<String>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || method.getBeanType().getPackageName().startsWith("org.springdoc")) {
            return true;
        }
        var accepted = known.computeIfAbsent(method, m -> Arrays.stream(m.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestParam.class))
                .map(p -> {
                    var annotation = p.getParameterAnnotation(RequestParam.class);
                    String name = annotation == null ? "" : annotation.name();
                    return name.isEmpty() ? p.getParameterName() : name;
                })
                .collect(Collectors.toUnmodifiableSet()));
        for (String name : request.getParameterMap().keySet()) {
            if (!accepted.contains(name)) {
                throw new BadParameterException(name, "is not a parameter of this resource; it takes "
                        + (accepted.isEmpty() ? "none" : String.join(", ", accepted.stream().sorted().toList())));
            }
        }
        return true;
    }
}
