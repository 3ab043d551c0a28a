package app.verbatim.shared.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link Precondition} argument to the request's {@code If-Match} (several headers read as
 * one list, as {@code @RequestHeader String} joins them). A missing header binds {@link Precondition#NONE}
 * rather than failing here: the service checks it after finding the record, so a missing record is a
 * 404 before a missing If-Match is a 428.
 */
final class PreconditionResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Precondition.class.equals(parameter.getParameterType());
    }

    @Override
    public Precondition resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container, NativeWebRequest request,
                                        @Nullable WebDataBinderFactory binders) {
        String[] values = request.getHeaderValues(HttpHeaders.IF_MATCH);
        return Precondition.ifMatch(values == null ? null : String.join(",", values));
    }
}
