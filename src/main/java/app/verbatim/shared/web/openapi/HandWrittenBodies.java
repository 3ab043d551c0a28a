package app.verbatim.shared.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * A handler that reads the request and writes the response itself (a stream of lines) shows
 * springdoc no body either way: the media types of its mapping say what they are.
 */
final class HandWrittenBodies implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var types = Arrays.asList(handler.getMethod().getParameterTypes());
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return operation;
        }
        if (operation.getRequestBody() == null && types.contains(HttpServletRequest.class) && mapping.consumes().length > 0) {
            var content = new Content();
            Arrays.stream(mapping.consumes()).forEach(type -> content.addMediaType(type, media(type)));
            operation.setRequestBody(new RequestBody().required(true).content(content));
        }
        var ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (ok != null && ok.getContent() == null && types.contains(HttpServletResponse.class) && mapping.produces().length > 0) {
            var content = new Content();
            Arrays.stream(mapping.produces()).forEach(type -> content.addMediaType(type, media(type)));
            ok.content(content);
            if ("OK".equals(ok.getDescription())) {
                ok.description("A line per item, as each is done");
            }
        }
        return operation;
    }

    /** Lines of text, or for JSON any JSON: what the handler reads or writes is its own affair. */
    private static MediaType media(String type) {
        return new MediaType().schema(type.endsWith("/json") ? new io.swagger.v3.oas.models.media.JsonSchema()
                .description("Any JSON: the operation's description says what") : Schemas.string(null));
    }
}
