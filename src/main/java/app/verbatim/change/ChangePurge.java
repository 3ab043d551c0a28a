package app.verbatim.change;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;

/** Purges the change log past retention every {@code verbatim.changes.purge-every}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChangePurge {

    @Bean
    SchedulingConfigurer changePurgeSchedule(Changes changes, ChangesProperties properties) {
        return registrar -> registrar.addFixedDelayTask(changes::purge, properties.purgeEvery());
    }
}
