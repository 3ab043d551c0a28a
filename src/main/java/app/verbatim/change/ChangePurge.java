package app.verbatim.change;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Purges the change log past retention every {@code verbatim.changes.purge-every}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChangePurge implements SchedulingConfigurer {

    private final Changes changes;
    private final ChangesProperties properties;

    ChangePurge(Changes changes, ChangesProperties properties) {
        this.changes = changes;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(changes::purge, properties.purgeEvery());
    }
}
