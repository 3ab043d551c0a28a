package app.verbatim.shared.web;

import app.verbatim.shared.Versioned;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * What a body Spring MVC writes gets on its way out, by what it is:
 * <ul>
 * <li>a problem document (of {@link Problems} or of the error controller) names the request's id,
 *     and is logged once with it: the line an operator finds by the id a user quotes. 5xx are
 *     logged where they happen, with their cause; here 4xx, at INFO;
 * <li>a single record, in any format, its version ETag (see {@link Etags}); the ETag filter then
 *     answers {@code If-None-Match} with it instead of hashing the bytes.
 * </ul>
 */
@ControllerAdvice
record AnsweredBodies(Etags etags) implements ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(AnsweredBodies.class);

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            named(problem, request);
        } else if (body instanceof Versioned versioned && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
            return tagged(versioned, request, response);
        }
        return body;
    }

    private static void named(ProblemDetail problem, ServerHttpRequest request) {
        String id = RequestId.current();
        if (id != null) {
            problem.setProperty(RequestId.PROPERTY, id);
        }
        if (problem.getStatus() < 500) {
            log.info("{} {} answered {} {}", request.getMethod(), request.getURI().getRawPath(), problem.getStatus(), problem.getType());
        }
    }

    /** The record with its ETag set, or null (304) for a read whose If-None-Match names it. */
    private @Nullable Versioned tagged(Versioned versioned, ServerHttpRequest request, ServerHttpResponse response) {
        String etag = etags.of(versioned);
        // With an ETag already set the filter streams the body, so If-None-Match is answered here.
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (read && request instanceof ServletServerHttpRequest servletRequest && response instanceof ServletServerHttpResponse servletResponse
                && new ServletWebRequest(servletRequest.getServletRequest(), servletResponse.getServletResponse()).checkNotModified(etag)) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            return null;
        }
        response.getHeaders().setETag(etag);
        return versioned;
    }
}
