package app.verbatim.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, first of all filters (so even the article model's fast path and
 * Spring Security's refusals carry it): the caller's {@code X-Request-Id} when it is sane (up to
 * 64 characters of letters, digits and {@code - _ . : /}; a proxy's or a client's own id, so
 * both logs can be joined), otherwise a new random one. Anything else a caller sends is replaced,
 * never echoed: it would go into log lines and headers.
 */
@Configuration(proxyBeanMethods = false)
class RequestIds {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter());
        registration.setName("requestIds");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static String accept(@Nullable String offered) {
        if (offered != null && SANE.matcher(offered).matches()) {
            return offered;
        }
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String id = request.getAttribute(RequestId.ATTRIBUTE) instanceof String known ? known : accept(request.getHeader(RequestId.HEADER));
            request.setAttribute(RequestId.ATTRIBUTE, id);
            response.setHeader(RequestId.HEADER, id);
            MDC.put(RequestId.MDC_KEY, id);
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(RequestId.MDC_KEY);
            }
        }

        /** Error dispatches and async dispatches log under the same id. */
        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }
}
