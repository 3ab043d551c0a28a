package app.verbatim.shared.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A public read API: GET and HEAD from any origin by default, or from the origins listed in
 * {@code verbatim.cors.allowed-origins}. No other method is ever allowed cross-origin, so writes
 * can only come from scripts and same-origin pages, never from a third-party page in a browser.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrossOrigin.Properties.class)
class CrossOrigin implements WebMvcConfigurer {

    private final Properties properties;

    CrossOrigin(Properties properties) {
        this.properties = properties;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOriginPatterns(properties.allowedOrigins().toArray(String[]::new))
                .allowedMethods("GET", "HEAD")
                .allowedHeaders("If-None-Match", "If-Modified-Since", "Accept")
                .exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.LAST_MODIFIED)
                .allowCredentials(false)
                .maxAge(3600);
    }

    /** @param allowedOrigins origins (or patterns) that may read; {@code *} for any */
    @ConfigurationProperties("verbatim.cors")
    record Properties(@DefaultValue("*") List<String> allowedOrigins) {
    }
}
