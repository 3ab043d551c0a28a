package app.verbatim.shared.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness follows the database (the {@code database} indicator, in the readiness group), liveness
 * does not: a restart cures no outage. The indicator asks the {@link DatabaseGate}, which answers
 * from its state while the database is known to be down and otherwise opens a connection of its
 * own with timeouts of 1 to 2 s, so a probe never waits on the pool nor for long.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseReadiness {

    @Bean
    HealthIndicator databaseHealthIndicator(DatabaseGate gate) {
        return () -> gate.probe() ? Health.up().build() : Health.down().build();
    }

    /**
     * Migrations connect on their own, not through the pool, so the service's statement and lock
     * timeouts (set on the pool's connections) never cut one short: building an index over a
     * million quotes may take minutes, and is meant to. They connect at {@code spring.flyway.url}
     * (and its user and password) when that is set — PostgreSQL itself, when the service's own URL
     * is a pooler in transaction mode — else at the service's URL.
     */
    @Bean
    FlywayConfigurationCustomizer migrationsWithoutServiceTimeouts(JdbcConnectionDetails database, FlywayProperties flyway) {
        String url = flyway.getUrl();
        String user = flyway.getUser();
        String password = flyway.getPassword();
        return configuration -> configuration.dataSource(url != null ? url : database.getJdbcUrl(),
                user != null ? user : database.getUsername(), password != null ? password : database.getPassword());
    }
}
