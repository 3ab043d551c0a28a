package app.verbatim.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.verbatim.change.ChangeFeed;
import app.verbatim.support.OwnDatabaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a connection pooler in transaction mode two kinds of connection must bypass it: the change
 * feed's (each transaction gets another server connection, so a LISTEN made through it is silently
 * lost) and the migrations' (session state, long statements). {@code verbatim.changes.listen-url}
 * and {@code spring.flyway.url} give them direct URLs: the feed listens there and hears what is
 * notified there, and the migrations connect there.
 */
@OwnDatabaseTest
class DirectConnectionsTest {

    private static final int PORT = freePort();
    private static final String LISTENER = "verbatim-direct-listener";
    private static final String MIGRATIONS = "verbatim-direct-migrations";

    @DynamicPropertySource
    static void direct(DynamicPropertyRegistry registry) {
        registry.add("verbatim.embedded-postgres.port", () -> PORT);
        // The same server, told apart by the application name the listening connection announces.
        registry.add("verbatim.changes.listen-url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres?ApplicationName=" + LISTENER);
        registry.add("spring.flyway.url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres?ApplicationName=" + MIGRATIONS);
    }

    @Autowired
    ChangeFeed changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Flyway flyway;

    @Test
    void theChangeFeedListensAtItsOwnUrlAndHearsWhatIsNotifiedThere() {
        await().atMost(Duration.ofSeconds(10)).until(changes::isLive);
        var listeners = jdbc.sql("select application_name from pg_stat_activity where query = 'LISTEN verbatim_change'")
                .query(String.class).list();
        assertThat(listeners).as("the one LISTEN connection is the one opened at listen-url").containsExactly(LISTENER);

        long before = changes.current();
        // As another instance's commit would: a notification on the channel, not this service's transaction.
        jdbc.sql("select count(*) from (select pg_notify('verbatim_change', 'article')) notified").query(Long.class).single();

        await().atMost(Duration.ofSeconds(10)).until(() -> changes.current() > before);
    }

    @Test
    void theMigrationsConnectAtTheFlywayUrl() {
        assertThat(flyway.getConfiguration().getUrl()).endsWith("ApplicationName=" + MIGRATIONS);
        assertThat(flyway.info().applied()).as("and migrated the database there").isNotEmpty();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
