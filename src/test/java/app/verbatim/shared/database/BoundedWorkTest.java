package app.verbatim.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.verbatim.shared.database.DatabaseFault;
import app.verbatim.support.Api;
import app.verbatim.support.FaultTest;
import app.verbatim.support.RestartableDatabase;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work that would hold a connection without bound is cut short and told so: a request queued
 * behind a lock gives up after the lock timeout (504), a statement past the statement timeout is
 * cancelled, and expensive searches beyond their limit are refused (503) while light reads go on.
 * The limits are {@link FaultTest}'s: lock waits 2 s, statements 3 s, one expensive search at a time.
 */
@FaultTest
class BoundedWorkTest {

    private static final Duration PROMPT = Duration.ofSeconds(5);

    @Autowired
    Api api;
    @Autowired
    RestartableDatabase.Postgres postgres;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRequestQueuedBehindAHeldLockGets504PromptlyAndSucceedsOnceItIsReleased() throws Exception {
        try (var operator = lockQuotes()) {
            var read = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes?speaker=ilham-aliyev")).timeout(PROMPT).GET());

            assertThat(read.status()).as(read.body()).isEqualTo(504);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.json().get("type").asString()).isEqualTo("urn:verbatim:problem:timeout");
            assertThat(read.headers().firstValue("Retry-After")).isPresent();
            operator.rollback();
        }
        assertThat(api.get("/api/v1/quotes?speaker=ilham-aliyev").status()).isEqualTo(200);
    }

    @Test
    void requestsBeyondThePoolAreAnswered503BusyPromptlyWhileItsConnectionsWaitOnALock() throws Exception {
        try (var operator = lockQuotes()) {
            // Twice the pool's ten connections, all at once: ten wait on the lock, the rest on the pool.
            var requests = java.util.stream.IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(() -> api.send(
                    HttpRequest.newBuilder(api.uri("/api/v1/quotes?speaker=ilham-aliyev&page=" + i)).timeout(PROMPT).GET()),
                    java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())).toList();
            var answers = requests.stream().map(CompletableFuture::join).toList();
            operator.rollback();

            assertThat(answers).extracting(Api.Response::status).containsOnly(503, 504);
            assertThat(answers).filteredOn(r -> r.status() == 503).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.json().get("type").asString()).isEqualTo("urn:verbatim:problem:busy"))
                    .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).isPresent());
        }
    }

    @Test
    void aStatementPastTheStatementTimeoutIsCancelled() {
        var started = Instant.now();
        var failure = catchThrowable(() -> jdbc.sql("select pg_sleep(30)").query(Object.class).single());

        assertThat(failure).isNotNull();
        assertThat(DatabaseFault.of(failure)).isEqualTo(DatabaseFault.TIMEOUT);
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void expensiveSearchesPastTheLimitAreRefusedWhileLightReadsGoOn() throws Exception {
        try (var operator = lockQuotes()) {
            // The one permitted expensive search, held up by the lock (so it holds its permit for 2 s).
            var first = CompletableFuture.supplyAsync(() -> api.send(HttpRequest.newBuilder(
                    api.uri("/api/v1/quotes?q=talks&sort=relevance")).timeout(PROMPT).GET()));
            waitUntilWaitingOnTheLock();

            var excess = api.send(HttpRequest.newBuilder(api.uri("/api/v1/articles?q=talks&sort=relevance")).timeout(PROMPT).GET());
            var light = api.send(HttpRequest.newBuilder(api.uri("/api/v1/places")).timeout(PROMPT).GET());
            var cheapSearch = api.send(HttpRequest.newBuilder(api.uri("/api/v1/articles?q=talks")).timeout(PROMPT).GET());

            assertThat(excess.status()).as(excess.body()).isEqualTo(503);
            assertThat(excess.json().get("type").asString()).isEqualTo("urn:verbatim:problem:busy");
            assertThat(excess.headers().firstValue("Retry-After")).isPresent();
            assertThat(light.status()).isEqualTo(200);
            assertThat(cheapSearch.status()).as("a search without sort is bounded: not limited").isEqualTo(200);
            assertThat(first.get().status()).isEqualTo(504);
            operator.rollback();
        }
        assertThat(api.get("/api/v1/articles?q=talks&sort=relevance").status()).as("the permit is back").isEqualTo(200);
    }

    /** An operator's psql session holding {@code LOCK TABLE quote IN ACCESS EXCLUSIVE MODE}, until rolled back or closed. */
    private Connection lockQuotes() throws Exception {
        var c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres");
        c.setAutoCommit(false);
        try (var st = c.createStatement()) {
            st.execute("LOCK TABLE quote IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    private void waitUntilWaitingOnTheLock() throws Exception {
        var deadline = Instant.now().plus(PROMPT);
        try (var c = DriverManager.getConnection(postgres.jdbcUrl(), "postgres", "postgres"); var st = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (var rs = st.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("no request waited on the lock");
    }
}
