package app.verbatim.shared.web.openapi;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Precondition;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customizers that make the served document exact (see {@link ContractDocument}). */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

    static {
        // A Precondition argument is the If-Match header, a @Body one the request body (TypedBodies): not query parameters.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Precondition.class).addAnnotationsToIgnore(Body.class);
    }

    @Bean
    RecordTypes recordTypes() {
        return new RecordTypes();
    }

    @Bean
    ContractDocument contractDocument(RecordTypes records, TypedBodies bodies) {
        return new ContractDocument(records, bodies);
    }

    @Bean
    TypedBodies typedBodies() {
        return new TypedBodies();
    }

    @Bean
    HandWrittenBodies handWrittenBodies() {
        return new HandWrittenBodies();
    }
}
