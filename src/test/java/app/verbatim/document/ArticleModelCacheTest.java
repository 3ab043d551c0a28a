package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.document.ArticleJson;
import app.verbatim.change.ChangeFeed;
import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article model served from memory while nothing it shows has changed: the same answer as a
 * fresh one, and never stale after a write, through the API or straight into the database.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class ArticleModelCacheTest {

    private static final String JSON = "application/json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArticleJson articleJson;
    @Autowired
    ChangeFeed changes;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aModelServedFromMemoryIsTheSameAnswerAsAFreshOne() {
        String path = create("cache-same-answer");

        var fresh = readUntilHeld(path, "cache-same-answer");
        assertThat(articleJson.current("cache-same-answer")).as("held and trusted after a read").isNotNull();
        var held = api.get(path);

        assertThat(held.status()).isEqualTo(200);
        assertThat(held.body()).isEqualTo(fresh.body());
        assertThat(headers(held)).isEqualTo(headers(fresh));
        assertThat(held.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(held.headers().firstValue("Content-Length")).contains(String.valueOf(held.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }

    /**
     * Only writes move the cache's epoch: a search or a list is a read-only transaction, and
     * answering one must not throw away every article model held (a people search once did).
     */
    @Test
    void readsOfOtherResourcesLeaveTheHeldModelTrusted() throws InterruptedException {
        String path = create("cache-after-reads");
        // The create's notifications (one a statement) reach the feed a few milliseconds after its commit, and each
        // rightly moves the epoch: wait until they are all heard, so that only the reads below could move it.
        untilNoChangeIsHeardFor(Duration.ofMillis(500));
        readUntilHeld(path, "cache-after-reads");
        assertThat(articleJson.current("cache-after-reads")).as("held and trusted after a read").isNotNull();

        for (String read : List.of("/api/v1/people?name=aliev", "/api/v1/people", "/api/v1/people/ilham-aliyev",
                "/api/v1/people/ilham-aliyev/quotes", "/api/v1/quotes?q=railway", "/api/v1/quotes?speaker=aliyev",
                "/api/v1/events", "/api/v1/articles", "/api/v1/articles?q=baku", "/api/v1/places", "/api/v1/topics",
                "/api/v1/organizations", "/api/v1/resolutions", "/api/v1/changes")) {
            assertThat(api.get(read).status()).as(read).isEqualTo(200);
            assertThat(articleJson.current("cache-after-reads")).as("still held and trusted after GET " + read).isNotNull();
        }
    }

    @Test
    void aHeldModelAnswersIfNoneMatchWith304AndTheSameHeaders() {
        String path = create("cache-not-modified");
        var first = api.get(path);
        var notModified = api.send(HttpRequest.newBuilder(api.uri(path)).header("If-None-Match", "\"other\", " + first.etag()).GET());

        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.etag()).isEqualTo(first.etag());
        assertThat(notModified.headers().firstValue("Content-Security-Policy")).isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(notModified.headers().allValues("Vary")).isEqualTo(first.headers().allValues("Vary"));
    }

    @Test
    void aWriteThroughTheApiIsReadBackAtOnce() {
        String path = create("cache-read-your-write");
        var before = api.get(path);
        api.get(path);

        var patched = api.send("PATCH", path, "application/merge-patch+json", "{\"headline\":\"Changed through the API\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", before.etag());
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        var after = api.get(path);

        assertThat(after.json().get("headline").asString()).isEqualTo("Changed through the API");
        assertThat(after.etag()).isNotEqualTo(before.etag()).isEqualTo(patched.etag());
    }

    @Test
    void aChangeMadeStraightInTheDatabaseIsSeenWithinSeconds() throws InterruptedException {
        String path = create("cache-outside-write");
        readUntilHeld(path, "cache-outside-write");
        assertThat(changes.epoch()).as("listening for changes").isNotNegative();
        assertThat(articleJson.current("cache-outside-write")).isNotNull();

        // As another instance, a script or an operator would: not through this service's transactions.
        jdbc.sql("update article set headline = 'Changed by psql', version = version + 1 where slug = 'cache-outside-write'").update();

        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        String headline;
        do {
            headline = api.get(path).json().get("headline").asString();
            if (!headline.equals("Changed by psql")) {
                Thread.sleep(20);
            }
        } while (!headline.equals("Changed by psql") && Instant.now().isBefore(deadline));
        assertThat(headline).isEqualTo("Changed by psql");
    }

    @Test
    void aLostListenerTrustsNothingUntilItIsBackAndMissesNoChange() throws InterruptedException {
        String path = create("cache-lost-listener");
        readUntilHeld(path, "cache-lost-listener");
        assertThat(articleJson.current("cache-lost-listener")).isNotNull();

        // The listening connection dies (a restart, a failover, an operator); a change lands meanwhile.
        int killed = jdbc.sql("select count(pg_terminate_backend(pid)) from pg_stat_activity where query = 'LISTEN verbatim_change' and datname = current_database()")
                .query(Integer.class).single();
        assertThat(killed).isEqualTo(1);
        jdbc.sql("update article set headline = 'Changed while nobody listened', version = version + 1 where slug = 'cache-lost-listener'").update();

        // The feed notices (it may still deliver the change's notification first), trusts nothing
        // while it is down (it retries every 250 ms), and comes back.
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (changes.epoch() >= 0) {
            assertThat(Instant.now()).as("the loss is noticed").isBefore(deadline);
            Thread.sleep(10);
        }
        assertThat(articleJson.current("cache-lost-listener")).as("nothing trusted while down").isNull();
        assertThat(api.get(path).json().get("headline").asString()).isEqualTo("Changed while nobody listened");
        while (changes.epoch() < 0) {
            assertThat(Instant.now()).as("the listener is back").isBefore(deadline);
            Thread.sleep(20);
        }
        api.get(path);
        assertThat(articleJson.current("cache-lost-listener")).as("held and trusted again").isNotNull();
        assertThat(api.get(path).json().get("headline").asString()).isEqualTo("Changed while nobody listened");
    }

    @Test
    void onlyThePlainRequestIsAnsweredFromMemory() {
        String path = create("cache-plain-only");
        readUntilHeld(path, "cache-plain-only");
        assertThat(articleJson.current("cache-plain-only")).isNotNull();

        var unknownParameter = api.get(path + "?format=yaml");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.contentType()).startsWith("application/problem+json");

        var jsonLd = api.get(path, "application/ld+json");
        assertThat(jsonLd.status()).isEqualTo(200);
        assertThat(jsonLd.contentType()).startsWith("application/ld+json");

        var crossOrigin = api.send(HttpRequest.newBuilder(api.uri(path)).header("Origin", "https://reader.example").GET());
        assertThat(crossOrigin.status()).isEqualTo(200);
        assertThat(crossOrigin.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    /**
     * Reads the model until it is held as current. The create's own notification reaches the
     * change feed asynchronously; when it lands after the first read (a loaded machine), that read's
     * copy is no longer trusted and the next read confirms it again.
     */
    private void untilNoChangeIsHeardFor(Duration quiet) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        long seen = changes.current();
        while (Instant.now().isBefore(deadline)) {
            long now = changes.await(seen, quiet);
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }

    private Api.Response readUntilHeld(String path, String slug) {
        var deadline = Instant.now().plus(Duration.ofSeconds(5));
        var response = api.get(path);
        while (articleJson.current(slug) == null && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            response = api.get(path);
        }
        return response;
    }

    private String create(String slug) {
        var created = api.send("POST", "/api/v1/articles", JSON,
                "{\"slug\":\"" + slug + "\",\"headline\":\"A headline\",\"language\":\"en\",\"body\":\"Talks ended in Baku.\"}",
                "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return "/api/v1/articles/" + slug;
    }

    /** The headers a client reads; the date and the framing (chunked or with a length) may differ. */
    private static Map<String, List<String>> headers(Api.Response response) {
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        response.headers().map().forEach((name, values) -> {
            // X-Request-Id differs for every request by design; the fast path must still send one.
            if (!List.of("date", "content-length", "transfer-encoding", ":status", "x-request-id").contains(name.toLowerCase())) {
                headers.put(name, values);
            }
        });
        return headers;
    }
}
