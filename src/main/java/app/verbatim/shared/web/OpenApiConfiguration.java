package app.verbatim.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the OpenAPI document say what the API does: enum values as the JSON writes them
 * (lowercase), and the problem documents every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

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

    @Bean
    OpenApiCustomizer problemsAndLowercaseEnums() {
        return openApi -> {
            var components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(OpenApiConfiguration::lowercaseEnums);
            }
            components.addSchemas(PROBLEM, problemSchema());
            components.addSecuritySchemes("token", new io.swagger.v3.oas.models.security.SecurityScheme()
                    .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("An API token: editor for POST, PUT, PATCH; admin also for DELETE and /tokens"));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET || path.startsWith("/api/v1/tokens")) {
                    operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("token"));
                    operation.getResponses().addApiResponse("401", problem("No token, or an unknown or revoked one"));
                    operation.getResponses().addApiResponse("403", problem("The token's role may not do this"));
                }
                if (method == io.swagger.v3.oas.models.PathItem.HttpMethod.PUT || method == io.swagger.v3.oas.models.PathItem.HttpMethod.PATCH
                        || method == io.swagger.v3.oas.models.PathItem.HttpMethod.DELETE) {
                    operation.getResponses().addApiResponse("412", problem("If-Match names a state the record is no longer in"));
                    operation.getResponses().addApiResponse("428", problem("If-Match is missing"));
                }
                if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET && method != io.swagger.v3.oas.models.PathItem.HttpMethod.DELETE) {
                    operation.getResponses().addApiResponse("413", problem("The body is past its cap"));
                    operation.getResponses().addApiResponse("422", problem("The body fails validation; errors names each field"));
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> lowercaseEnums(p.getSchema()));
                }
                var responses = operation.getResponses();
                responses.addApiResponse("400", problem("A malformed or unknown parameter"));
                if (path.contains("{")) {
                    responses.addApiResponse("404", problem("Nothing has this id or slug"));
                }
                responses.addApiResponse("406", problem("The Accept header asks for a type this resource does not serve"));
                responses.addApiResponse("500", problem("A fault of the server's; the body says nothing of its internals"));
            }));
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void lowercaseEnums(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getEnum() != null) {
            schema.setEnum(((List<Object>) schema.getEnum()).stream()
                    .map(v -> v instanceof String s ? s.toLowerCase(Locale.ROOT) : v).toList());
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).values().forEach(OpenApiConfiguration::lowercaseEnums);
        }
        lowercaseEnums(schema.getItems());
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        var fieldProblem = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The parameter or field at fault"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().description("Stable problem type, a URN such as urn:verbatim:problem:not-found"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(fieldProblem).description("Each failing field, for bad input"));
    }
}
