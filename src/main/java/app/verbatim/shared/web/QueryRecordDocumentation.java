package app.verbatim.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The components of a query record are {@code @Nullable} (a parameter left out), which springdoc
 * writes as a {@code "null"} type; a query parameter is a string or absent, never null, so its
 * schema keeps only the value's type, as for a {@code @RequestParam}.
 */
@Configuration(proxyBeanMethods = false)
class QueryRecordDocumentation {

    @Bean
    OperationCustomizer queryParametersAreNeverNull() {
        return (operation, handler) -> {
            if (operation.getParameters() != null) {
                for (var parameter : operation.getParameters()) {
                    Schema<?> schema = parameter.getSchema();
                    if ("query".equals(parameter.getIn()) && schema != null && schema.getTypes() != null
                            && schema.getTypes().size() > 1 && schema.getTypes().remove("null") && schema.getTypes().size() == 1) {
                        schema.setType(schema.getTypes().iterator().next());
                    }
                }
            }
            return operation;
        };
    }
}
