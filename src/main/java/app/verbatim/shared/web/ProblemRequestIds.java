package app.verbatim.shared.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document Spring MVC writes (those of {@link Problems} and of the error controller)
 * names the request's id, and each is logged once with it: the line an operator finds by the id a
 * user quotes. 5xx are logged where they happen, with their cause; here 4xx, at INFO.
 */
@ControllerAdvice
class ProblemRequestIds implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestIds.class);

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            String id = RequestId.current();
            if (id != null) {
                problem.setProperty(RequestId.PROPERTY, id);
            }
            if (problem.getStatus() < 500) {
                log.info("{} {} answered {} {}", request.getMethod(), request.getURI().getRawPath(), problem.getStatus(), problem.getType());
            }
        }
        return body;
    }
}
