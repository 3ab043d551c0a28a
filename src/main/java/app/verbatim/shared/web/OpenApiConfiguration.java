package app.verbatim.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's header: title, description and server. What each operation and schema says is
 * made exact by the customizers in {@code openapi} (ContractDocument).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /**
     * The server URL is configured, never taken from the request: springdoc's default echoes the
     * Host header, so anyone could make the served document point clients at a host of their own
     * (and a cache would keep it). A relative {@code /} is right wherever the document is served from.
     */
    @Bean
    OpenAPI verbatimOpenApi(@Value("${verbatim.public-url:/}") String publicUrl) {
        return new OpenAPI().servers(List.of(new Server().url(publicUrl))).info(new Info().title("Verbatim").version("v1")
                .description("News articles as records anchored to the article's own words. Spans count Unicode code points, "
                        + "end exclusive. Facts not in the text carry stated=false and a source."));
    }
}
