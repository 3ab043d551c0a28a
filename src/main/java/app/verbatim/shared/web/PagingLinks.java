package app.verbatim.shared.web;

import app.verbatim.shared.PageOf;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds RFC 8288 {@code Link} headers (first, prev, next, last) to every page, whatever its
 * format, so a script can follow them without reading the body. They keep every other query
 * parameter of the request.
 */
@ControllerAdvice
class PagingLinks implements ResponseBodyAdvice<Object> {

    /** Beyond this the links would crowd the response headers; the body still says where the pages are. */
    private static final int MAX_HEADER = 6000;

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return PageOf.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof PageOf<?> page) {
            var links = new ArrayList<String>();
            int last = Math.max(0, page.totalPages() - 1);
            links.add(link(request, 0, page.size(), "first"));
            if (page.page() > 0) {
                links.add(link(request, page.totalIsLowerBound() ? page.page() - 1 : Math.min(page.page() - 1, last), page.size(), "prev"));
            }
            if (page.totalIsLowerBound()) {
                // Not counted to the end: no last page to name; more while this one is full.
                if (page.items().size() == page.size()) {
                    links.add(link(request, page.page() + 1, page.size(), "next"));
                }
            } else {
                if (page.page() < last) {
                    links.add(link(request, page.page() + 1, page.size(), "next"));
                }
                links.add(link(request, last, page.size(), "last"));
            }
            String header = String.join(", ", links);
            if (header.length() <= MAX_HEADER) {
                response.getHeaders().add(HttpHeaders.LINK, header);
            }
        }
        return body;
    }

    private static String link(ServerHttpRequest request, int page, int size, String rel) {
        String uri = UriComponentsBuilder.fromUri(request.getURI())
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build(true).toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }
}
