package app.verbatim.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A strong {@code ETag} on every answer of the API, computed from the bytes sent, so equal
 * bodies have equal tags in every format; {@code If-None-Match} with a current tag gets a
 * 304 with no body. The answer is still computed: this saves bandwidth, not database work.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        var registration = new FilterRegistrationBean<ShallowEtagHeaderFilter>(new ShallowEtagHeaderFilter() {
            /**
             * Writes carry their ETag from the record's version; only reads are buffered and hashed.
             * An event stream never ends, so it is never buffered (the wrapper would hold even its headers).
             */
            @Override
            protected boolean shouldNotFilter(jakarta.servlet.http.HttpServletRequest request) {
                String accept = request.getHeader("Accept");
                return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                        || accept != null && accept.contains("text/event-stream");
            }
        });
        registration.addUrlPatterns("/api/*");
        registration.setName("etags");
        return registration;
    }
}
