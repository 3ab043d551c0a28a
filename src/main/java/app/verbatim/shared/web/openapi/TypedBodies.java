package app.verbatim.shared.web.openapi;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import tools.jackson.databind.JsonNode;

/**
 * What springdoc cannot tell from the handlers' own binding (it is told to skip both arguments):
 * a {@link Body} argument is the required request body, of the type's schema in each media type the
 * mapping consumes (an {@link Edit}'s: its type argument's, which {@link ContractDocument} makes a
 * {@code <Type>Patch}); a {@link Precondition} argument is the
 * optional {@code If-Match} header.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class TypedBodies implements OperationCustomizer {

    static final String MERGE_PATCH = "A JSON Merge Patch (RFC 7396) of these fields";

    /** The schemas the bodies refer to, as springdoc resolves them, for {@link #addSchemas} to add to the document. */
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        for (var parameter : handler.getMethodParameters()) {
            var body = parameter.getParameterAnnotation(Body.class);
            if (body != null && mapping != null && !JsonNode.class.equals(parameter.getParameterType())) {
                var declared = ResolvableType.forMethodParameter(parameter);
                boolean edit = Edit.class.equals(declared.toClass());
                Type type = edit ? declared.as(Edit.class).getGeneric(0).toClass() : declared.getType();
                var found = new Components();
                Schema schema = SpringDocAnnotationsUtils.extractSchema(found, type, null, new Annotation[0], SpecVersion.V31);
                if (found.getSchemas() != null) {
                    schemas.putAll(found.getSchemas());
                }
                var content = new Content();
                Arrays.stream(mapping.consumes()).forEach(media -> content.addMediaType(media, new MediaType().schema(schema)));
                String description = !body.description().isEmpty() ? body.description() : edit ? MERGE_PATCH : null;
                operation.setRequestBody(new RequestBody().description(description).content(content).required(true));
            }
            if (Precondition.class.equals(parameter.getParameterType()) && (operation.getParameters() == null
                    || operation.getParameters().stream().noneMatch(p -> HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName())))) {
                operation.addParametersItem(new Parameter().in("header").name(HttpHeaders.IF_MATCH).required(false)
                        .schema(Schemas.string(null)));
            }
        }
        return operation;
    }

    /** Adds the bodies' schemas the document does not have yet. */
    void addSchemas(Map<String, Schema> into) {
        schemas.forEach(into::putIfAbsent);
    }
}
