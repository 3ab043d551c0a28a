package app.verbatim.shared.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Binds a {@link Body} argument: the body is read as a JSON tree by Spring MVC's own
 * {@code @RequestBody} processor (the same converters, advice and errors as a
 * {@code @RequestBody JsonNode}), then made the parameter's type by {@link InputReader}. What a
 * parameter is read as is worked out once per parameter, not per request.
 */
final class BodyResolver implements HandlerMethodArgumentResolver {

    /** A required {@code @RequestBody JsonNode}: what the tree is read as. */
    private static final MethodParameter TREE;

    static {
        try {
            Method tree = BodyResolver.class.getDeclaredMethod("tree", JsonNode.class);
            TREE = new MethodParameter(tree, 0);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ObjectProvider<RequestMappingHandlerAdapter> adapters;
    private final ObjectProvider<InputReader> readers;
    private final Map<MethodParameter, Reading> readings = new ConcurrentHashMap<>();
    private volatile @Nullable RequestResponseBodyMethodProcessor json;

    BodyResolver(ObjectProvider<RequestMappingHandlerAdapter> adapters, ObjectProvider<InputReader> readers) {
        this.adapters = adapters;
        this.readers = readers;
    }

    @SuppressWarnings("unused")
    private static void tree(@RequestBody JsonNode body) {
        // only its parameter is used
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Body.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container, NativeWebRequest request,
                                  @Nullable WebDataBinderFactory binders) throws Exception {
        var reading = readings.computeIfAbsent(parameter, Reading::of);
        var tree = (JsonNode) processor().resolveArgument(TREE, container, request, binders);
        if (tree == null) {
            // The processor reads TREE as a required body: a missing one is its 400, not a null.
            throw new IllegalStateException("no body for a required @RequestBody");
        }
        if (reading.type() == JsonNode.class) {
            return tree;
        }
        var reader = readers.getObject();
        return reading.edit() ? reader.mergePatch(tree, reading.type()) : reader.read(tree, reading.type());
    }

    private RequestResponseBodyMethodProcessor processor() {
        var processor = json;
        if (processor == null) {
            var resolvers = adapters.getObject().getArgumentResolvers();
            processor = resolvers == null ? null : resolvers.stream()
                    .filter(RequestResponseBodyMethodProcessor.class::isInstance)
                    .map(RequestResponseBodyMethodProcessor.class::cast)
                    .findFirst().orElse(null);
            if (processor == null) {
                throw new IllegalStateException("Spring MVC has no @RequestBody processor");
            }
            json = processor;
        }
        return processor;
    }

    /** A body read as a {@code type}, or as an {@link Edit} of one. */
    record Reading(Class<?> type, boolean edit) {

        static Reading of(MethodParameter parameter) {
            var declared = ResolvableType.forMethodParameter(parameter);
            if (Edit.class.equals(declared.toClass())) {
                Class<?> of = declared.as(Edit.class).getGeneric(0).resolve();
                if (of == null) {
                    throw new IllegalStateException("@Body Edit needs its type argument: " + parameter);
                }
                return new Reading(of, true);
            }
            return new Reading(declared.toClass(), false);
        }
    }
}
