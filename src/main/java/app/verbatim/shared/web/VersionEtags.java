package app.verbatim.shared.web;

import app.verbatim.shared.Versioned;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Gives every single-record answer its version ETag (see {@link Etags}), in any format; the
 * ETag filter then answers {@code If-None-Match} with it instead of hashing the bytes.
 */
@ControllerAdvice
class VersionEtags implements ResponseBodyAdvice<Object> {

    private final Etags etags;

    VersionEtags(Etags etags) {
        this.etags = etags;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof Versioned versioned && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
            String etag = etags.of(versioned);
            // With an ETag already set the filter streams the body, so If-None-Match is answered here.
            boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
            if (read && request instanceof ServletServerHttpRequest servletRequest && response instanceof ServletServerHttpResponse servletResponse
                    && new ServletWebRequest(servletRequest.getServletRequest(), servletResponse.getServletResponse()).checkNotModified(etag)) {
                response.setStatusCode(HttpStatus.NOT_MODIFIED);
                return null;
            }
            response.getHeaders().setETag(etag);
        }
        return body;
    }
}
