package app.verbatim.scaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.verbatim.support.Api;
import app.verbatim.support.StreamingReplica;
import app.verbatim.support.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service with one streaming replica that applies every commit 400 ms late: read-only
 * transactions go to the replica, and still nobody reads a state older than a write they made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "verbatim.replicas.max-lag=1500ms", "verbatim.replicas.check-every=100ms"})
@Import({ReplicaReadsTest.Databases.class, Api.class, TestTokens.class})
class ReplicaReadsTest {

    private static final Duration APPLY_DELAY = Duration.ofMillis(400);
    private static final String PERSON = "/api/v1/people/nursultan-nazarbayev";
    private static final String PATCH = "application/merge-patch+json";
    private static StreamingReplica databases;
    private static final String NOTHING_LISTENING = nothingListening();

    @DynamicPropertySource
    static void databases(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> databases().primaryUrl());
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("verbatim.replicas.urls[0]", () -> databases().replicaUrl());
        // A second replica that is down from the start: the service starts, and it stays out of rotation.
        registry.add("verbatim.replicas.urls[1]", () -> NOTHING_LISTENING);
    }

    private static RuntimeException failedToStart;

    /** Started once: the property suppliers ask several times, and a failure is not tried again. */
    static synchronized StreamingReplica databases() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (databases == null) {
            try {
                databases = new StreamingReplica(APPLY_DELAY);
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
        }
        return databases;
    }

    /** Stops both servers when the context closes, after the service's pools. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Databases {
        @Bean(destroyMethod = "stop")
        StreamingReplica streamingReplica() {
            return databases();
        }
    }

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    MeterRegistry meters;

    @Test
    void aWriterReadsItsWriteAtOnceThoughTheReplicaHasNotAppliedIt() throws SQLException {
        var etag = api.get(PERSON).etag();
        int staleOnReplica = 0;
        for (int i = 0; i < 40; i++) {
            var role = "President of Kazakhstan (" + i + ")";
            var patched = api.send("PATCH", PERSON, PATCH, "{\"role\":\"" + role + "\"}",
                    "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);
            assertThat(patched.status()).isEqualTo(200);

            var read = api.get(PERSON);

            assertThat(read.json().get("role").asString()).as("read %d right after its write", i).isEqualTo(role);
            assertThat(read.etag()).isEqualTo(patched.etag());
            if (!role.equals(roleOnReplica())) {
                staleOnReplica++;
            }
            etag = patched.etag();
        }
        // The lag is real: had the reads gone to the replica, most would have been stale.
        assertThat(staleOnReplica).isGreaterThan(30);
    }

    @Test
    void aReplicaDownFromTheStartStaysOutOfRotationWhileReadsGoOn() {
        await().atMost(Duration.ofSeconds(10)).until(() -> inRotation() == 1);

        assertThat(inRotation("replica-2")).isZero();
        assertThat(api.get(PERSON).status()).isEqualTo(200);
    }

    private static String nothingListening() {
        try (var socket = new java.net.ServerSocket(0)) {
            return "jdbc:postgresql://localhost:" + socket.getLocalPort() + "/postgres";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readsGoToTheReplicaOnceItHasReplayedTheLastWrite() {
        await().atMost(Duration.ofSeconds(10)).until(() -> databases().lagBytes() <= 0 && inRotation() == 1);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
            double before = reads("replica");
            assertThat(api.get(PERSON).status()).isEqualTo(200);
            return reads("replica") > before;
        });
    }

    @Test
    void aReplicaThatStopsOrFallsBehindLeavesTheRotationAndComesBack() throws SQLException {
        await().atMost(Duration.ofSeconds(10)).until(() -> inRotation() == 1);

        databases().stopReplica();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> inRotation() == 0);
            double fromPrimary = reads("primary");
            assertThat(api.get(PERSON).status()).isEqualTo(200);
            assertThat(reads("primary")).isGreaterThan(fromPrimary);
        } finally {
            databases().startReplica();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> inRotation() == 1);

        // Replay paused while the primary goes on writing: past max-lag (1.5 s) it is out, then back.
        try (var replica = DriverManager.getConnection(databases().replicaUrl(), "postgres", "")) {
            replica.createStatement().execute("select pg_wal_replay_pause()");
            try {
                var etag = api.get(PERSON).etag();
                api.send("PATCH", PERSON, PATCH, "{\"role\":\"President of Kazakhstan\"}",
                        "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);
                await().atMost(Duration.ofSeconds(10)).until(() -> inRotation() == 0);
            } finally {
                replica.createStatement().execute("select pg_wal_replay_resume()");
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> inRotation() == 1);
    }

    private String roleOnReplica() throws SQLException {
        try (var c = DriverManager.getConnection(databases().replicaUrl(), "postgres", "");
             var s = c.prepareStatement("select role from person where slug = ?")) {
            s.setString(1, "nursultan-nazarbayev");
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private double reads(String target) {
        return meters.get("verbatim.replica.reads").tag("target", target).counter().count();
    }

    private double inRotation() {
        return inRotation("replica-1");
    }

    private double inRotation(String replica) {
        return meters.get("verbatim.replica.in.rotation").tag("replica", replica).gauge().value();
    }
}
