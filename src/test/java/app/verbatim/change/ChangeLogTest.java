package app.verbatim.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The change log as a syncing script follows it, in a database of its own (it purges the log). */
@ApiTest
@TestPropertySource(properties = {"verbatim.test.database=changes", "verbatim.changes.heartbeat=1s",
        "verbatim.changes.max-streams=2"})
class ChangeLogTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    Changes changes;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void logsCreatesUpdatesAndTombstonesOfEveryRecordKindIncludingAReplacedArticlesOldRecords() throws IOException {
        String start = now();
        for (var kind : List.of("people", "places", "organizations", "topics")) {
            String id = "changed-" + kind;
            assertThat(api.send("POST", "/api/v1/" + kind, JSON,
                    "{\"id\":\"%s\",\"name\":\"Changed\"%s}".formatted(id, kind.equals("people") ? ",\"aliases\":[]" : ""),
                    editor()).status()).isEqualTo(201);
            var patched = api.send("PATCH", "/api/v1/" + kind + "/" + id, PATCH, "{\"name\":\"Changed again\"}",
                    "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get("/api/v1/" + kind + "/" + id).etag());
            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
            assertThat(api.send("DELETE", "/api/v1/" + kind + "/" + id, JSON, "", "Authorization", "Bearer " + tokens.admin(),
                    "If-Match", patched.etag()).status()).isEqualTo(204);
        }
        var document = seedAs("changed-article");
        assertThat(api.send("POST", "/api/v1/articles", JSON, document.toString(), editor()).status()).isEqualTo(201);
        var before = api.get("/api/v1/articles/changed-article");
        var replaced = api.send("PUT", "/api/v1/articles/changed-article", JSON, document.toString(),
                "Authorization", "Bearer " + tokens.editor(), "If-Match", before.etag());
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        var after = replaced.json();
        for (var kind : List.of("quotes", "events", "resolutions")) {
            var record = "/api/v1/" + kind + "/" + after.get(kind).get(0).get("id").asLong();
            assertThat(api.send("DELETE", record, JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match",
                    api.get(record).etag()).status()).isEqualTo(204);
        }
        assertThat(api.send("DELETE", "/api/v1/articles/changed-article", JSON, "", "Authorization", "Bearer " + tokens.admin(),
                "If-Match", api.get("/api/v1/articles/changed-article").etag()).status()).isEqualTo(204);

        var log = follow(start);

        for (var kind : List.of("person", "place", "organization", "topic")) {
            String id = "changed-" + (kind.equals("person") ? "people" : kind.equals("place") ? "places" : kind + "s");
            assertThat(log.stream().filter(c -> c.get("id").asString().equals(id)).map(c -> tuple(c.get("kind").asString(), c.get("action").asString())))
                    .as(kind).containsExactly(tuple(kind, "create"), tuple(kind, "update"), tuple(kind, "delete"));
        }
        for (var kind : List.of("quote", "event", "resolution")) {
            var oldIds = ids(before.json(), kind + "s");
            var newIds = ids(after, kind + "s");
            assertThat(oldIds).as(kind).isNotEmpty().doesNotContainAnyElementsOf(newIds);
            // Every record of the first import: created, then a tombstone when PUT replaced it.
            for (var id : oldIds) {
                assertThat(actions(log, kind, id)).as(kind + " " + id).containsExactly("create", "delete");
            }
            // The replacement's records: created, then deleted one by one or with the article, once.
            for (var id : newIds) {
                assertThat(actions(log, kind, id)).as(kind + " " + id).containsExactly("create", "delete");
            }
            assertThat(log.stream().filter(c -> c.get("kind").asString().equals(kind)))
                    .allSatisfy(c -> assertThat(c.get("article").asString()).isEqualTo("changed-article"));
        }
        assertThat(actions(log, "article", "changed-article")).startsWith("create").endsWith("delete").contains("update");
        var tombstone = log.stream().filter(c -> c.get("kind").asString().equals("article") && c.get("action").asString().equals("delete"))
                .findFirst().orElseThrow();
        var lastUpdate = log.stream().filter(c -> c.get("kind").asString().equals("article") && c.get("action").asString().equals("update"))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(tombstone.get("version").asInt()).isEqualTo(lastUpdate.get("version").asInt())
                .isGreaterThan(before.json().get("version").asInt());
        assertThat(tombstone.get("at").asString()).isNotBlank();
    }

    @Test
    void logsTheRecordsOfAnArticleDeletedInTheDatabaseOnceEach() throws IOException {
        assertThat(api.send("POST", "/api/v1/articles", JSON, seedAs("deleted-by-sql").toString(), editor()).status()).isEqualTo(201);
        var model = api.get("/api/v1/articles/deleted-by-sql").json();
        String start = now();

        jdbc.sql("DELETE FROM article WHERE slug = 'deleted-by-sql'").update();

        var log = follow(start);
        for (var kind : List.of("quote", "event", "resolution")) {
            for (var id : ids(model, kind + "s")) {
                assertThat(actions(log, kind, id)).as(kind + " " + id).containsExactly("delete");
            }
        }
        assertThat(actions(log, "article", "deleted-by-sql")).containsExactly("delete");
        assertThat(log).allSatisfy(c -> assertThat(c.get("article").asString()).isEqualTo("deleted-by-sql"));
    }

    /**
     * T1 begins and writes first, T2 writes and commits, a reader polls, then T1 commits. A log
     * ordered by sequence alone would hand the reader T2's change and a cursor past T1's, which it
     * would then never see.
     */
    @Test
    void seesATransactionThatCommitsAfterALaterOneExactlyOnce() throws Exception {
        String start = now();
        try (Connection t1 = dataSource.getConnection(); Connection t2 = dataSource.getConnection()) {
            t1.setAutoCommit(false);
            t2.setAutoCommit(false);
            insertPerson(t1, "first-to-write");
            insertPerson(t2, "first-to-commit");
            t2.commit();

            var poll = api.get("/api/v1/changes?after=" + start).json();
            assertThat(ids(poll.get("items"))).doesNotContain("first-to-write");
            String cursor = poll.get("next").asString();

            t1.commit();
            var log = new ArrayList<JsonNode>();
            poll.get("items").forEach(log::add);
            log.addAll(follow(cursor));

            assertThat(ids(log).stream().filter(id -> id.startsWith("first-to-"))).containsExactly("first-to-write", "first-to-commit");
        }
    }

    @Test
    void answers410ToACursorOlderThanRetentionAndTheCollectionsStillServe() {
        String start = now();
        post("purged-person");
        assertThat(ids(follow(start))).contains("purged-person");

        changes.purge(Duration.ZERO);

        var gone = api.get("/api/v1/changes?after=" + start);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(gone.json().get("type").asString()).isEqualTo("urn:verbatim:problem:gone");
        assertThat(gone.json().get("detail").asString()).contains("after=now").contains("keeps 30 days");
        var restart = api.get("/api/v1/changes?after=now");
        assertThat(restart.status()).isEqualTo(200);
        post("after-purge");
        assertThat(ids(follow(restart.json().get("next").asString()))).containsExactly("after-purge");
        assertThat(api.get("/api/v1/people/purged-person").status()).isEqualTo(200);
    }

    @Test
    void refusesWhatIsNotACursor() {
        var response = api.get("/api/v1/changes?after=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("after");
    }

    @Test
    void pagesWithANextCursorAndLinkAndJsonIsTheDefault() {
        String start = now();
        post("paged-a");
        post("paged-b");
        var first = api.get("/api/v1/changes?size=1&after=" + start);
        assertThat(first.contentType()).startsWith(JSON);
        assertThat(first.json().get("items")).hasSize(1);
        assertThat(first.json().get("more").asBoolean()).isTrue();
        String next = first.json().get("next").asString();
        assertThat(next).isEqualTo(first.json().get("items").get(0).get("cursor").asString());
        assertThat(first.headers().firstValue("Link").orElseThrow()).contains("after=" + next).contains("rel=\"next\"");
        var second = api.get("/api/v1/changes?size=1&after=" + next).json();
        assertThat(ids(second.get("items"))).containsExactly("paged-b");
    }

    @Test
    @Timeout(60)
    void streamsChangesAsTheyCommitAndResumesAfterLastEventId() throws Exception {
        String start = now();
        post("streamed-a");
        post("streamed-b");
        var log = follow(start);
        String afterA = log.stream().filter(c -> c.get("id").asString().equals("streamed-a")).findFirst().orElseThrow().get("cursor").asString();

        try (var stream = SseClient.open(api.uri("/api/v1/changes"), afterA)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            var b = stream.nextEvent(Duration.ofSeconds(10));
            assertThat(json.readTree(b.data()).get("id").asString()).isEqualTo("streamed-b");
            assertThat(b.id()).isEqualTo(json.readTree(b.data()).get("cursor").asString());

            post("streamed-c");
            var c = stream.nextEvent(Duration.ofSeconds(10));
            assertThat(json.readTree(c.data()).get("id").asString()).isEqualTo("streamed-c");
            assertThat(stream.awaitComment("heartbeat", Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    @Timeout(60)
    void refusesAStreamPastTheCapWith503AndRetryAfter() throws Exception {
        try (var one = SseClient.open(api.uri("/api/v1/changes"), null);
             var two = SseClient.open(api.uri("/api/v1/changes"), null)) {
            assertThat(one.status()).isEqualTo(200);
            assertThat(two.status()).isEqualTo(200);
            var third = api.get("/api/v1/changes", "text/event-stream");
            assertThat(third.status()).isEqualTo(503);
            assertThat(third.headers().firstValue("Retry-After")).isPresent();
            assertThat(third.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unavailable");
        }
    }

    @Test
    void refusesAStreamFromAnExpiredCursorWith410() {
        String start = now();
        post("expired-for-a-stream");
        changes.purge(Duration.ZERO);

        var response = api.get("/api/v1/changes?after=" + start, "text/event-stream");

        assertThat(response.status()).isEqualTo(410);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:gone");
    }

    private String now() {
        var response = api.get("/api/v1/changes?after=now");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
        return response.json().get("next").asString();
    }

    /** What a sync script does: ask after its cursor until a page comes back empty. */
    private List<JsonNode> follow(String cursor) {
        var items = new ArrayList<JsonNode>();
        for (int requests = 0; requests < 1000; requests++) {
            var response = api.get("/api/v1/changes?size=50&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var page = response.json();
            page.get("items").forEach(items::add);
            assertThat(page.get("next").asString()).isNotEqualTo(page.get("items").isEmpty() ? null : cursor);
            cursor = page.get("next").asString();
            if (page.get("items").isEmpty()) {
                var cursors = items.stream().map(c -> c.get("cursor").asString()).toList();
                assertThat(cursors).doesNotHaveDuplicates();
                return items;
            }
        }
        throw new AssertionError("the log did not end");
    }

    private void post(String person) {
        assertThat(api.send("POST", "/api/v1/people", JSON,
                "{\"id\":\"%s\",\"name\":\"%s\",\"aliases\":[]}".formatted(person, person), editor()).status()).isEqualTo(201);
    }

    private String[] editor() {
        return new String[] {"Authorization", "Bearer " + tokens.editor()};
    }

    private ObjectNode seedAs(String slug) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seed/vestnik-kavkaza-nazarbayev-baku.json")) {
            var document = (ObjectNode) json.readTree(in);
            document.put("slug", slug);
            return document;
        }
    }

    private static void insertPerson(Connection c, String slug) throws Exception {
        try (var statement = c.prepareStatement("INSERT INTO person (slug, name) VALUES (?, ?)")) {
            statement.setString(1, slug);
            statement.setString(2, slug);
            statement.executeUpdate();
        }
    }

    private static List<String> ids(JsonNode model, String records) {
        var ids = new ArrayList<String>();
        model.get(records).forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    private static List<String> ids(Iterable<JsonNode> changes) {
        var ids = new ArrayList<String>();
        changes.forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    private static List<String> actions(List<JsonNode> log, String kind, String id) {
        return log.stream().filter(c -> c.get("kind").asString().equals(kind) && c.get("id").asString().equals(id))
                .map(c -> c.get("action").asString()).toList();
    }
}
