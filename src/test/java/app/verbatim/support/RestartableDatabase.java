package app.verbatim.support;

import app.verbatim.shared.database.EmbeddedPostgresAutoConfiguration;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An embedded PostgreSQL a test can stop and start again, as an operator would: on the same port
 * and data directory, so the service's URL stays right and what was committed is still there. The
 * service sees it through {@link JdbcConnectionDetails}, so its own embedded fallback stays out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RestartableDatabase {

    @Bean(destroyMethod = "stop")
    Postgres restartablePostgres() {
        return new Postgres();
    }

    @Bean
    JdbcConnectionDetails restartablePostgresConnection(Postgres postgres) {
        return EmbeddedPostgresAutoConfiguration.asSuperuser(postgres::jdbcUrl);
    }

    public static final class Postgres {

        private final Path dataDir;
        private final int port;
        private EmbeddedPostgres running;

        Postgres() {
            try {
                dataDir = Files.createTempDirectory("verbatim-restartable-pg");
                try (var socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        /** Starts it (again) and returns once it accepts connections. */
        public synchronized void start() {
            if (running != null) {
                return;
            }
            try {
                running = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setLocaleConfig("encoding", "UTF8")
                        .setLocaleConfig("locale", "C")
                        .setServerConfig("max_connections", "50")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Stops it as {@code pg_ctl stop -m fast} does: sessions are ended, committed work is kept. */
        public synchronized void stop() {
            if (running == null) {
                return;
            }
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                running = null;
            }
        }
    }
}
