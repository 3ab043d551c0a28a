package app.verbatim.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.document.ArticleJson;
import app.verbatim.change.ChangeFeed;
import app.verbatim.support.Api;
import app.verbatim.support.FaultTest;
import app.verbatim.support.RestartableDatabase;
import app.verbatim.support.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PostgreSQL stops under requests and comes back: callers are told at once (503, Retry-After, a
 * problem document, never a wait for the pool's 30 s), readiness follows, the article model already
 * held keeps being served, the service recovers within seconds of the restart, and no write that
 * was acknowledged, before or during the outage, is lost or partial.
 *
 * <p>"At once" is asserted as "within the client's 5 s timeout": a bound the old behaviour (30 s)
 * misses by far and a loaded test machine still meets; the figures are in docs/reliability.md.
 */
@FaultTest
class DatabaseOutageTest {

    private static final Duration PROMPT = Duration.ofSeconds(5);

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    RestartableDatabase.Postgres postgres;
    @Autowired
    ChangeFeed changes;
    @Autowired
    ArticleJson articleJson;

    @Test
    void anOutageIsAnswered503AtOnceAndNothingAcknowledgedIsLost() throws Exception {
        String editor = "Bearer " + tokens.editor();
        String slug = "outage-before";
        var created = post(slug, "Written before the outage.", editor);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var patched = prompt(HttpRequest.newBuilder(api.uri("/api/v1/articles/" + slug))
                .header("Authorization", editor).header("If-Match", created.etag()).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"headline\":\"Patched before the outage\"}")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        var model = heldAndTrusted(slug);

        var acknowledged = new ConcurrentHashMap<String, String>();
        var writing = new AtomicBoolean(true);
        var attempts = new AtomicInteger();
        var unexpected = new java.util.concurrent.CopyOnWriteArrayList<String>();
        // A writer that keeps writing from the stop until after the restart: what it is told was
        // written must be there afterwards, whole.
        Runnable writes = () -> {
            while (writing.get()) {
                int n = attempts.incrementAndGet();
                String body = "Written during the outage test, number " + n + ".";
                var r = post("outage-during-" + n, body, editor);
                if (r.status() == 201) {
                    acknowledged.put("outage-during-" + n, body);
                } else if (r.status() != 503) {
                    unexpected.add(r.status() + " " + r.body());
                }
            }
        };
        Thread writer;
        try {
            postgres.stop();
            writer = Thread.ofVirtual().start(writes);

            var read = waitFor(() -> prompt(HttpRequest.newBuilder(api.uri("/api/v1/people/ilham-aliyev")).GET()), r -> r.status() != 200);
            assertThat(read.status()).isEqualTo(503);
            assertThat(read.contentType()).startsWith("application/problem+json");
            assertThat(read.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unavailable");
            assertThat(read.headers().firstValue("Retry-After")).isPresent();

            // The token look-up runs in Spring Security's filters, outside Spring MVC: the same answer.
            var write = post("outage-refused", "Refused.", editor);
            assertThat(write.status()).isEqualTo(503);
            assertThat(write.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unavailable");
            assertThat(write.headers().firstValue("Retry-After")).isPresent();

            // The resources added beside the records answer the same: the change log, its live
            // stream, and drafting (which links people and places to what the database holds).
            for (var request : java.util.List.of(
                    HttpRequest.newBuilder(api.uri("/api/v1/changes?after=now")).GET(),
                    HttpRequest.newBuilder(api.uri("/api/v1/changes")).header("Accept", "text/event-stream").GET(),
                    HttpRequest.newBuilder(api.uri("/api/v1/drafts")).header("Authorization", editor)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("Talks in Baku\n\n\"We agreed,\" Aliyev said.")))) {
                var answer = prompt(request);
                assertThat(answer.status()).as(request.build().uri() + " " + answer.body()).isEqualTo(503);
                assertThat(answer.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unavailable");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            }

            var readiness = waitFor(() -> prompt(HttpRequest.newBuilder(api.uri("/actuator/health/readiness")).GET()), r -> r.status() != 200);
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(prompt(HttpRequest.newBuilder(api.uri("/actuator/health/liveness")).GET()).status())
                    .as("a restart cures no outage").isEqualTo(200);

            // Nobody can change the article while the database is down: the bytes held are still true.
            var held = prompt(HttpRequest.newBuilder(api.uri("/api/v1/articles/" + slug)).GET());
            assertThat(held.status()).isEqualTo(200);
            assertThat(held.body()).isEqualTo(model.body());
            assertThat(held.etag()).isEqualTo(model.etag());
            var notHeld = prompt(HttpRequest.newBuilder(api.uri("/api/v1/articles/" + slug)).header("Accept", "application/ld+json").GET());
            assertThat(notHeld.status()).isEqualTo(503);
        } finally {
            postgres.start();
        }

        var back = waitFor(() -> prompt(HttpRequest.newBuilder(api.uri("/api/v1/people/ilham-aliyev")).GET()), r -> r.status() == 200);
        assertThat(back.status()).isEqualTo(200);
        var ready = waitFor(() -> prompt(HttpRequest.newBuilder(api.uri("/actuator/health/readiness")).GET()), r -> r.status() == 200);
        assertThat(ready.status()).isEqualTo(200);
        var deadline = Instant.now().plus(PROMPT);
        while (changes.epoch() < 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(changes.epoch()).as("the change feed listens again").isNotNegative();
        Thread.sleep(300);
        writing.set(false);
        writer.join();

        var after = api.get("/api/v1/articles/" + slug);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("headline").asString()).isEqualTo("Patched before the outage");
        assertThat(after.json().get("body").asString()).isEqualTo("Written before the outage.");
        assertThat(unexpected).as("answers other than 201 or 503").isEmpty();
        assertThat(acknowledged).as("some writes were acknowledged after the restart").isNotEmpty();
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String> e : acknowledged.entrySet()) {
            var r = api.get("/api/v1/articles/" + e.getKey());
            if (r.status() != 200 || !e.getValue().equals(r.json().get("body").asString())) {
                lost.add(e.getKey() + " " + r.status());
            }
        }
        assertThat(lost).as("acknowledged writes lost or partial, of " + acknowledged.size()).isEmpty();
        assertThat(api.get("/api/v1/articles/outage-refused").status()).isEqualTo(404);
    }

    /** Reads the model until the service holds it as current: read, and confirmed after its write's own notification. */
    private Api.Response heldAndTrusted(String slug) throws InterruptedException {
        var deadline = Instant.now().plus(PROMPT);
        Api.Response model;
        do {
            model = api.get("/api/v1/articles/" + slug);
            Thread.sleep(100);
        } while (articleJson.current(slug) == null && Instant.now().isBefore(deadline));
        assertThat(articleJson.current(slug)).as("held and trusted").isNotNull();
        return model;
    }

    private Api.Response post(String slug, String body, String authorization) {
        return prompt(HttpRequest.newBuilder(api.uri("/api/v1/articles")).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\",\"headline\":\"A headline\",\"language\":\"en\",\"body\":\""
                        + body + "\"}")));
    }

    /** The request, failing the test unless it is answered within {@link #PROMPT}. */
    private Api.Response prompt(HttpRequest.Builder request) {
        return api.send(request.timeout(PROMPT));
    }

    private static Api.Response waitFor(java.util.function.Supplier<Api.Response> request, Predicate<Api.Response> until)
            throws InterruptedException {
        var deadline = Instant.now().plus(PROMPT);
        var r = request.get();
        while (!until.test(r) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            r = request.get();
        }
        return r;
    }
}
