package app.verbatim.draft.nlp;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * One {@link Nlp} for the service. Its models load on a background thread once the service is
 * ready, so start-up does not wait and the first draft usually does not either.
 */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    Nlp nlp() {
        return new Nlp();
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp(ApplicationReadyEvent event) {
        Nlp nlp = event.getApplicationContext().getBean(Nlp.class);
        Thread.ofVirtual().name("nlp-warm-up").start(nlp::warmUp);
    }
}
