package app.verbatim.shared.web;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a handler argument that is a record marked {@link ParameterObject} to the query
 * parameters, one per component ({@link QueryRecord}); the same annotation lets springdoc list
 * the components as the operation's parameters, with their {@code @Parameter} descriptions.
 * Converts with Spring MVC's own conversion service, so values parse as they do for a
 * {@code @RequestParam} (enums as written in JSON, dates by {@link BoundedDates}).
 */
final class QueryRecordResolver implements HandlerMethodArgumentResolver {

    private final ObjectProvider<ConversionService> conversions;
    private volatile @Nullable ConversionService conversion;

    QueryRecordResolver(ObjectProvider<ConversionService> conversions) {
        this.conversions = conversions;
    }

    static boolean binds(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ParameterObject.class) && parameter.getParameterType().isRecord();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return binds(parameter);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container, NativeWebRequest request,
                                  @Nullable WebDataBinderFactory binders) {
        var service = conversion;
        if (service == null) {
            service = conversions.getObject();
            conversion = service;
        }
        return QueryRecord.of(parameter.getParameterType()).bind(request::getParameterValues, service, parameter);
    }
}
