package app.verbatim.document.web;

import app.verbatim.document.ArticleJson;
import app.verbatim.shared.web.StandardHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code GET /api/v1/articles/{slug}} answered from the article model's JSON while nothing it
 * shows has changed ({@link ArticleJson#current}): no Spring MVC dispatch, no database, no
 * serialization, no hashing, no security filter chain: reads are public, and the answer carries
 * the headers Spring Security and CORS would have added ({@link StandardHeaders}).
 *
 * <p>Only the plain request takes this path: JSON acceptable by {@code Accept} (absent,
 * {@code *}{@code /*} or {@code application/json}), no query string, no {@code Origin} (a CORS
 * answer needs its headers), a slug without escapes. Everything else, and every first read of a
 * model, goes to {@link ArticleController}, which fills the cache; the answers of both paths are
 * the same bytes and headers.
 */
@Configuration(proxyBeanMethods = false)
class ArticleModelFastPath {

    static final String PREFIX = "/api/v1/articles/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> articleModelFilter(ArticleJson articleJson) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String slug = plainSlug(request);
                var cached = slug == null ? null : articleJson.current(slug);
                if (cached == null) {
                    chain.doFilter(request, response);
                    return;
                }
                if (new ServletWebRequest(request, response).checkNotModified(cached.etag())) {
                    StandardHeaders.apply(response);
                    return;
                }
                StandardHeaders.apply(response);
                response.setHeader(HttpHeaders.ETAG, cached.etag());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.setContentLength(cached.body().length);
                response.getOutputStream().write(cached.body());
            }
        });
        registration.addUrlPatterns(PREFIX + "*");
        registration.setName("articleModelFastPath");
        // Before Spring Security's chain (-100): a public read of bytes already checked needs none of it.
        registration.setOrder(-110);
        return registration;
    }

    /** The slug of a request the fast path may answer, or null. */
    static @Nullable String plainSlug(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
                || request.getHeader(HttpHeaders.ORIGIN) != null) {
            return null;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && !accept.equals("*/*") && !accept.equals(MediaType.APPLICATION_JSON_VALUE)) {
            return null;
        }
        String uri = request.getRequestURI();
        if (!uri.startsWith(PREFIX) || !request.getContextPath().isEmpty()) {
            return null;
        }
        for (int i = PREFIX.length(); i < uri.length(); i++) {
            char c = uri.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || (c >= 'A' && c <= 'Z') || c == '_' || c == '.';
            if (!plain) {
                return null;
            }
        }
        return uri.length() > PREFIX.length() ? uri.substring(PREFIX.length()) : null;
    }
}
