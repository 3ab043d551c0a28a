package app.verbatim.shared.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The validator checks input records only (request bodies, imported documents), never JPA
 * entities: Hibernate ORM validates entities with a factory of its own. So every property is
 * reachable, and Hibernate Validator's default resolver, which asks JPA whether each property of
 * each object is loaded, is work with no answer to give: it was a third of the validation time
 * of an imported document. Nor is an answer worth remembering: Hibernate Validator wraps any
 * resolver but its own in a cache of the answers for one validation, a map entry a property
 * (about 2 000 for an imported article), so that cache is off.
 */
@Configuration(proxyBeanMethods = false)
class InputValidation {

    @Bean
    ValidationConfigurationCustomizer inputRecordsAreAlwaysReachable() {
        return configuration -> configuration.traversableResolver(new EveryPropertyReachable())
                .addProperty(BaseHibernateValidatorConfiguration.ENABLE_TRAVERSABLE_RESOLVER_RESULT_CACHE, "false");
    }

    private static final class EveryPropertyReachable implements TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty, ElementType type) {
            return true;
        }
    }
}
