package app.verbatim.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.verbatim.change.ChangeFeed;
import app.verbatim.support.OwnDatabaseTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Behind a connection pooler in transaction mode the change feed cannot LISTEN through the service's
 * own URL (each transaction gets another server connection, and the LISTEN is silently lost), so
 * {@code verbatim.changes.listen-url} gives it a direct one: the feed listens there, and what is
 * notified there moves the caches' epoch.
 */
@OwnDatabaseTest
class ListenUrlTest {

    private static final int PORT = freePort();
    private static final String LISTENER = "verbatim-direct-listener";

    @DynamicPropertySource
    static void direct(DynamicPropertyRegistry registry) {
        registry.add("verbatim.embedded-postgres.port", () -> PORT);
        // The same server, told apart by the application name the listening connection announces.
        registry.add("verbatim.changes.listen-url", () -> "jdbc:postgresql://localhost:" + PORT + "/postgres?ApplicationName=" + LISTENER);
    }

    @Autowired
    ChangeFeed changes;
    @Autowired
    JdbcClient jdbc;

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

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
