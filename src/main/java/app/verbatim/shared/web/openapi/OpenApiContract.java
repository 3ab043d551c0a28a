package app.verbatim.shared.web.openapi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The customizers that make the served document exact (see {@link ContractDocument}). */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

    @Bean
    RecordTypes recordTypes() {
        return new RecordTypes();
    }

    @Bean
    ContractDocument contractDocument(RecordTypes records) {
        return new ContractDocument(records);
    }

    @Bean
    HandWrittenBodies handWrittenBodies() {
        return new HandWrittenBodies();
    }
}
