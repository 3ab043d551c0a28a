package app.verbatim.curation;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes, as editors and scripts make them, in a database of their own (the seed plus what they add). */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class CurationApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";
    private static final String SEED = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void refusesAWriteWithoutATokenWith401AndAChallenge() {
        var response = api.send("POST", "/api/v1/articles", JSON, article("no-token", "Body."));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unauthenticated");
        var forged = api.send("POST", "/api/v1/articles", JSON, article("no-token", "Body."), "Authorization", "Bearer vbt_forged");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(count("select count(*) from article where slug = 'no-token'")).isZero();
    }

    @Test
    void acceptsADocumentWithOnlyAHeadlineAndABody() {
        var response = api.send("POST", "/api/v1/articles", JSON,
                "{\"headline\":\"Talks in Baku: a short note\",\"body\":\"The talks ended.\"}", "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/articles/talks-in-baku-a-short-note");
        assertThat(response.json().get("quotes")).isEmpty();
        assertThat(response.json().get("language").asString()).isEqualTo("und");
    }

    @Test
    void letsAnEditorWriteButOnlyAnAdminDelete() {
        assertThat(post("editor-writes", "An editor's article.").status()).isEqualTo(201);
        var etag = api.get("/api/v1/articles/editor-writes").etag();

        var asEditor = api.send("DELETE", "/api/v1/articles/editor-writes", JSON, "", "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);
        var tokensAsEditor = api.send("GET", "/api/v1/tokens", JSON, "", "Authorization", "Bearer " + tokens.editor());

        assertThat(asEditor.status()).isEqualTo(403);
        assertThat(asEditor.json().get("type").asString()).isEqualTo("urn:verbatim:problem:forbidden");
        assertThat(tokensAsEditor.status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/articles/editor-writes", JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", etag).status())
                .isEqualTo(204);
    }

    @Test
    void importsAnArticleIdempotentlyAndRefusesAnotherDocumentUnderItsSlug() {
        var created = post("idempotent", "First text.");
        var again = post("idempotent", "First text.");
        var other = post("idempotent", "Other text.");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/articles/idempotent");
        assertThat(again.status()).isEqualTo(200);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("type").asString()).isEqualTo("urn:verbatim:problem:conflict");
        assertThat(api.get("/api/v1/articles/idempotent").json().get("body").asString()).isEqualTo("First text.");
    }

    @Test
    void reimportingAnExportedModelChangesNothing() {
        var exported = (ObjectNode) api.get(SEED).json();
        stripServerFields(exported);

        var response = api.send("POST", "/api/v1/articles", JSON, exported.toString(), "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void rejectsUnknownAndServerOwnedFieldsNamingThem() {
        var typo = api.send("POST", "/api/v1/articles", JSON,
                "{\"slug\":\"typo\",\"headlnie\":\"x\",\"headline\":\"x\",\"language\":\"en\",\"body\":\"x\"}", "Authorization", "Bearer " + tokens.editor());
        var serverOwned = api.send("POST", "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku/quotes", JSON,
                "{\"id\":99,\"kind\":\"direct\"}", "Authorization", "Bearer " + tokens.editor());

        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.json().get("errors").get(0).get("field").asString()).isEqualTo("headlnie");
        assertThat(serverOwned.status()).isEqualTo(422);
        assertThat(serverOwned.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(count("select count(*) from article where slug = 'typo'")).isZero();
    }

    @Test
    void listsEveryFailingFieldOfAQuoteAndStoresNothing() {
        int before = count("select count(*) from quote");
        var response = api.send("POST", "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku/quotes", JSON, """
                {"kind":"direct","speaker":{"id":"nobody"},
                 "source":{"start":0,"end":10,"text":"Nazarbayev"},
                 "cue":{"start":0,"end":5,"text":"wrong"},
                 "content":{"start":4000,"end":9000,"text":"x"},
                 "topics":[{"id":"no-topic"}]}""", "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).isEqualTo(422);
        var fields = new ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("cue.text", "content", "speaker.id", "topics[0].id");
        assertThat(count("select count(*) from quote")).isEqualTo(before);
    }

    @Test
    void requiresIfMatchAndRefusesAStaleOne() {
        post("preconditions", "Text.");
        var path = "/api/v1/articles/preconditions";
        var etag = api.get(path).etag();

        var missing = api.send("PATCH", path, PATCH, "{\"headline\":\"New\"}", "Authorization", "Bearer " + tokens.editor());
        var done = api.send("PATCH", path, PATCH, "{\"headline\":\"New\"}", "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);
        var stale = api.send("PATCH", path, PATCH, "{\"headline\":\"Newer\"}", "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);

        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:verbatim:problem:precondition-required");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.etag()).isNotEqualTo(etag).startsWith("\"v1-");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(path).json().get("headline").asString()).isEqualTo("New");
    }

    @Test
    void reanchorsEverySpanWhenTheBodyMovesTheirWords() {
        copySeedTo("moved");
        var path = "/api/v1/articles/moved";
        var before = api.get(path).json();
        String body = before.get("body").asString();
        String edited = "Editor's note: republished.\n\n" + body;

        var response = api.send("PATCH", path, PATCH, "{\"body\":" + json.writeValueAsString(edited) + "}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(path).etag());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var after = response.json();
        int[] cps = after.get("body").asString().codePoints().toArray();
        after.get("quotes").forEach(q -> List.of("source", "cue", "content").forEach(role -> {
            var span = q.get(role);
            assertThat(new String(cps, span.get("start").asInt(), span.get("end").asInt() - span.get("start").asInt()))
                    .isEqualTo(span.get("text").asString());
        }));
        assertThat(after.get("quotes").get(1).get("content").get("start").asInt())
                .isEqualTo(before.get("quotes").get(1).get("content").get("start").asInt() + 29);
        assertThat(count("select count(*) from quote q join article a on a.id = q.article_id where a.slug = 'moved' "
                + "and substr(a.body, q.content_start + 1, q.content_end - q.content_start) <> q.content_text")).isZero();
    }

    @Test
    void anArticleRedatedSortsItsQuotesByTheNewDate() {
        copySeedTo("redated");
        var path = "/api/v1/articles/redated";

        var response = api.send("PATCH", path, PATCH, """
                {"published":{"earliest":"2030-01-02","latest":"2030-01-02","precision":"day","stated":false,"source":"a test"}}""",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(path).etag());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/quotes?size=1&sort=newest").json().get("items").get(0).get("article").get("id").asString())
                .isEqualTo("redated");
        assertThat(count("select count(*) from quote q join article a on a.id = q.article_id "
                + "where q.article_published is distinct from a.published_earliest")).isZero();
    }

    @Test
    void refusesABodyEditThatWouldBreakSpansNamingTheRecords() {
        copySeedTo("broken");
        var path = "/api/v1/articles/broken";
        var before = api.get(path);
        // Fixing the typo rewrites words that a paragraph, a note and an event's evidence rest on.
        String edited = before.json().get("body").asString().replace("talks o April 3", "talks on April 3");

        var response = api.send("PATCH", path, PATCH, "{\"body\":" + json.writeValueAsString(edited) + "}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", before.etag());

        assertThat(response.status()).isEqualTo(422);
        var fields = new ArrayList<String>();
        response.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).anyMatch(f -> f.startsWith("paragraph/")).anyMatch(f -> f.startsWith("text_note/"))
                .anyMatch(f -> f.startsWith("event_evidence/"));
        assertThat(response.body()).contains("talks o April 3");
        assertThat(api.get(path).json().get("body").asString()).contains("talks o April 3");
    }

    @Test
    void fixesAQuotesSpeakerAndKeepsTheHistory() {
        copySeedTo("speaker-fix");
        var quote = api.get("/api/v1/quotes?article=speaker-fix&size=1").json().get("items").get(0);
        String path = "/api/v1/quotes/" + quote.get("id").asLong();

        var fixed = api.send("PATCH", path, PATCH, "{\"speaker\":{\"id\":\"ilham-aliyev\"}}", "Authorization", "Bearer " + tokens.editor(),
                "If-Match", api.get(path).etag());
        var history = api.get("/api/v1/articles/speaker-fix/history").json().get("items");

        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("speaker").get("id").asString()).isEqualTo("ilham-aliyev");
        assertThat(history.get(0).get("resourceType").asString()).isEqualTo("quote");
        assertThat(history.get(0).get("action").asString()).isEqualTo("update");
        assertThat(history.get(0).get("versionBefore").asInt()).isZero();
        assertThat(history.get(0).get("versionAfter").asInt()).isEqualTo(1);
        assertThat(history.get(0).get("tokenId").isNull()).isFalse();
    }

    @Test
    void addsAndDeletesAQuote() {
        copySeedTo("quote-crud");
        var created = api.send("POST", "/api/v1/articles/quote-crud/quotes", JSON, """
                {"kind":"indirect","speaker":{"id":"ilham-aliyev"},
                 "source":{"start":3398,"end":3404,"text":"Aliyev"},
                 "cue":{"start":3405,"end":3422,"text":"drew attention to"},
                 "content":{"start":3423,"end":3494,"text":"the importance of preparing the \\"road map\\" for specific areas and areas"},
                 "topics":[]}""", "Authorization", "Bearer " + tokens.editor());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(api.get(location).json().get("cue").get("text").asString()).isEqualTo("drew attention to");
        var deleted = api.send("DELETE", location, JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", api.get(location).etag());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(location).status()).isEqualTo(404);
    }

    @Test
    void addsEditsAndDeletesAnEventWithItsEvidence() {
        copySeedTo("event-crud");
        var created = api.send("POST", "/api/v1/articles/event-crud/events", JSON, """
                {"kind":"statement","title":"Aliyev's remark on the road map","status":"past",
                 "when":{"earliest":"2017-04-03","latest":"2017-04-03","precision":"day","stated":false,"source":"the day of the talks"},
                 "participants":[{"id":"ilham-aliyev"}],
                 "evidence":[{"start":3398,"end":3422,"text":"Aliyev drew attention to"}]}""", "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        var patched = api.send("PATCH", location, PATCH, "{\"status\":\"planned\",\"place\":{\"id\":\"atlantis\",\"stated\":true}}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(location).etag());
        var fixed = api.send("PATCH", location, PATCH, "{\"status\":\"planned\",\"place\":{\"id\":\"baku\",\"stated\":true}}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(location).etag());

        assertThat(patched.status()).isEqualTo(422);
        assertThat(patched.json().get("errors").get(0).get("field").asString()).isEqualTo("place.id");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("status").asString()).isEqualTo("planned");
        assertThat(fixed.json().get("evidence").get(0).get("text").asString()).isEqualTo("Aliyev drew attention to");
        assertThat(api.send("DELETE", location, JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", api.get(location).etag())
                .status()).isEqualTo(204);
        assertThat(api.get(location).status()).isEqualTo(404);
    }

    @Test
    void addsEditsAndDeletesAResolution() {
        copySeedTo("resolution-crud");
        var created = api.send("POST", "/api/v1/articles/resolution-crud/resolutions", JSON, """
                {"issuer":"UN Security Council","kind":"un_security_council_resolution","title":"The four resolutions",
                 "mentions":[{"start":2683,"end":2698,"text":"four resolutions"}]}""", "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).as(created.body()).isEqualTo(422);
        assertThat(created.json().get("errors").get(0).get("field").asString()).isEqualTo("mentions[0].text");
        String body = api.get("/api/v1/articles/resolution-crud").json().get("body").asString();
        int start = body.codePointCount(0, body.indexOf("four resolutions"));

        var ok = api.send("POST", "/api/v1/articles/resolution-crud/resolutions", JSON, """
                {"issuer":"UN Security Council","kind":"un_security_council_resolution","title":"The four resolutions",
                 "mentions":[{"start":%d,"end":%d,"text":"four resolutions"}]}""".formatted(start, start + 16),
                "Authorization", "Bearer " + tokens.editor());
        String location = ok.headers().firstValue("Location").orElseThrow();
        var renamed = api.send("PATCH", location, PATCH, "{\"title\":\"Four Security Council resolutions\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(location).etag());

        assertThat(ok.status()).isEqualTo(201);
        assertThat(renamed.json().get("title").asString()).isEqualTo("Four Security Council resolutions");
        assertThat(renamed.json().get("mentions").get(0).get("prefix").asString()).endsWith("which adopted ");
        assertThat(api.send("DELETE", location, JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", api.get(location).etag())
                .status()).isEqualTo(204);
    }

    @Test
    void refusesAResolutionAdoptedAfterTheLatestDayItCanBe() {
        copySeedTo("resolution-dates");
        String backwards = "{\"earliest\":\"2017-05-31\",\"latest\":\"2017-05-01\",\"precision\":\"month\",\"stated\":false,\"source\":\"the UN\"}";
        var created = api.send("POST", "/api/v1/articles/resolution-dates/resolutions", JSON, """
                {"issuer":"UN Security Council","kind":"un_security_council_resolution","title":"The four resolutions",
                 "adopted":%s,"mentions":[]}""".formatted(backwards), "Authorization", "Bearer " + tokens.editor());
        var ok = api.send("POST", "/api/v1/articles/resolution-dates/resolutions", JSON, """
                {"issuer":"UN Security Council","kind":"un_security_council_resolution","title":"The four resolutions","mentions":[]}""",
                "Authorization", "Bearer " + tokens.editor());
        String location = ok.headers().firstValue("Location").orElseThrow();
        var patched = api.send("PATCH", location, PATCH, "{\"adopted\":%s}".formatted(backwards),
                "Authorization", "Bearer " + tokens.editor(), "If-Match", api.get(location).etag());

        for (var refused : List.of(created, patched)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-document");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("adopted.earliest");
        }
        assertThat(api.get(location).json().get("adopted").isNull()).isTrue();
    }

    @Test
    void createsEditsAndDeletesCatalogEntriesButKeepsThoseInUse() {
        var created = api.send("POST", "/api/v1/topics", JSON, "{\"id\":\"energy\",\"name\":\"Energy\"}", "Authorization", "Bearer " + tokens.editor());
        var taken = api.send("POST", "/api/v1/topics", JSON, "{\"id\":\"energy\",\"name\":\"Energy again\"}", "Authorization", "Bearer " + tokens.editor());
        var renamed = api.send("PATCH", "/api/v1/topics/energy", PATCH, "{\"name\":\"Energy policy\"}", "Authorization", "Bearer " + tokens.editor(),
                "If-Match", api.get("/api/v1/topics/energy").etag());
        var inUse = api.send("DELETE", "/api/v1/places/baku", JSON, "", "Authorization", "Bearer " + tokens.admin(),
                "If-Match", api.get("/api/v1/places/baku").etag());

        assertThat(created.status()).isEqualTo(201);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Energy policy");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/topics/energy", JSON, "", "Authorization", "Bearer " + tokens.admin(),
                "If-Match", api.get("/api/v1/topics/energy").etag()).status()).isEqualTo(204);
    }

    @Test
    void deletingAnArticleRemovesItsRecordsButNotAPersonQuotedElsewhere() {
        copySeedTo("to-delete");
        var etag = api.get("/api/v1/articles/to-delete").etag();

        var deleted = api.send("DELETE", "/api/v1/articles/to-delete", JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", etag);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/articles/to-delete").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/quotes?article=to-delete").json().get("totalElements").asLong()).isZero();
        assertThat(api.get("/api/v1/people/ilham-aliyev").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/quotes?speaker=aliyev&article=vestnik-kavkaza-nazarbayev-baku").json().get("totalElements").asLong())
                .isEqualTo(12);
    }

    @Test
    void theArticleModelShowsAnEditToAPersonItNamesAtOnce() {
        var before = api.get(SEED);
        var person = api.get("/api/v1/people/nursultan-nazarbayev");

        var patched = api.send("PATCH", "/api/v1/people/nursultan-nazarbayev", PATCH, "{\"role\":\"President of the Republic of Kazakhstan\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", person.etag());
        var after = api.get(SEED);
        var revalidated = api.send(HttpRequest.newBuilder(api.uri(SEED)).header("If-None-Match", before.etag()).GET());

        assertThat(patched.status()).isEqualTo(200);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(revalidated.status()).isEqualTo(200);
        assertThat(after.json().get("people").get(0).get("role").asString()).isEqualTo("President of the Republic of Kazakhstan");
        api.send("PATCH", "/api/v1/people/nursultan-nazarbayev", PATCH, "{\"role\":\"President of Kazakhstan\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", patched.etag());
    }

    @Test
    void refusesToDeleteAPersonWhoIsStillQuoted() {
        var etag = api.get("/api/v1/people/nursultan-nazarbayev").etag();

        var response = api.send("DELETE", "/api/v1/people/nursultan-nazarbayev", JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", etag);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/people/nursultan-nazarbayev").status()).isEqualTo(200);
    }

    @Test
    void aFailedReplaceLeavesTheArticleAsItWas() {
        copySeedTo("replace-fails");
        var path = "/api/v1/articles/replace-fails";
        var before = api.get(path);
        var doc = (ObjectNode) before.json().deepCopy();
        stripServerFields(doc);
        ((ObjectNode) doc.get("quotes").get(0).get("content")).put("text", "words the body does not hold");

        var response = api.send("PUT", path, JSON, doc.toString(), "Authorization", "Bearer " + tokens.editor(), "If-Match", before.etag());

        assertThat(response.status()).isEqualTo(422);
        assertThat(api.get(path).body()).isEqualTo(before.body());
    }

    @Test
    void concurrentEditorsOfOnePersonLoseNoUpdate() throws Exception {
        int editors = 8;
        var created = api.send("POST", "/api/v1/people", JSON,
                "{\"id\":\"contested\",\"name\":\"Contested Person\",\"aliases\":[]}", "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).isEqualTo(201);
        var conflicts = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(editors)) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < editors; i++) {
                String alias = "alias " + i;
                done.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 100; attempt++) {
                        var current = api.get("/api/v1/people/contested");
                        var aliases = new ArrayList<String>();
                        current.json().get("aliases").forEach(a -> aliases.add(a.asString()));
                        aliases.add(alias);
                        var patch = api.send("PATCH", "/api/v1/people/contested", PATCH,
                                "{\"aliases\":" + json.writeValueAsString(aliases) + "}", "Authorization", "Bearer " + tokens.editor(), "If-Match", current.etag());
                        if (patch.status() == 200) {
                            return;
                        }
                        assertThat(patch.status()).isEqualTo(412);
                        conflicts.incrementAndGet();
                    }
                    throw new AssertionError("gave up after 100 attempts");
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        var aliases = new ArrayList<String>();
        api.get("/api/v1/people/contested").json().get("aliases").forEach(a -> aliases.add(a.asString()));

        assertThat(aliases).containsExactlyInAnyOrder("alias 0", "alias 1", "alias 2", "alias 3", "alias 4", "alias 5", "alias 6", "alias 7");
        assertThat(conflicts.get()).as("stale writes refused").isPositive();
    }

    @Test
    void importsManyDocumentsFromOneStreamEachOnItsOwn() {
        String ndjson = String.join("\n",
                document("bulk-one", "One."),
                "{\"slug\":\"bulk-bad\",\"headline\":\"x\",\"language\":\"en\",\"body\":\"x\",\"unknown\":1}",
                "not json at all",
                document("bulk-two", "Two."),
                "");

        var response = api.send("POST", "/api/v1/articles/import", "application/x-ndjson", ndjson, "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).isEqualTo(200);
        var results = response.body().lines().map(line -> json.readTree(line)).toList();
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 422, 400, 201);
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("unknown");
        assertThat(api.get("/api/v1/articles/bulk-two").status()).isEqualTo(200);
        var array = api.send("POST", "/api/v1/articles/import", JSON, "[" + document("bulk-three", "Three.") + "]", "Authorization", "Bearer " + tokens.editor());
        assertThat(array.body().lines().toList()).singleElement().asString().contains("\"status\":201");
    }

    @Test
    void refusesABodyPastTheLimitWith413() {
        String huge = "x".repeat(6 * 1024 * 1024);

        var response = api.send("POST", "/api/v1/articles", JSON, document("huge", huge), "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).isEqualTo(413);
        assertThat(count("select count(*) from article where slug = 'huge'")).isZero();
    }

    @Test
    void anAdminIssuesAndRevokesTokens() {
        var issued = api.send("POST", "/api/v1/tokens", JSON, "{\"name\":\"script\",\"role\":\"editor\"}", "Authorization", "Bearer " + tokens.admin());
        String secret = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();

        assertThat(issued.status()).isEqualTo(201);
        assertThat(post("by-script", "Text.", secret).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/tokens", JSON, "", "Authorization", "Bearer " + tokens.admin()).body()).doesNotContain(secret);
        assertThat(count("select count(*) from api_token where token_hash = '" + secret + "'")).isZero();
        assertThat(api.send("DELETE", "/api/v1/tokens/" + id, JSON, "", "Authorization", "Bearer " + tokens.admin()).status()).isEqualTo(204);
        assertThat(post("by-revoked", "Text.", secret).status()).isEqualTo(401);
    }

    private void copySeedTo(String slug) {
        var doc = (ObjectNode) api.get(SEED).json();
        stripServerFields(doc);
        doc.put("slug", slug);
        var response = api.send("POST", "/api/v1/articles", JSON, doc.toString(), "Authorization", "Bearer " + tokens.editor());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** The model minus what the server owns: what a script sends back. */
    private static void stripServerFields(ObjectNode doc) {
        doc.remove(List.of("createdAt", "updatedAt", "version"));
        for (String records : List.of("quotes", "events", "resolutions")) {
            doc.get(records).forEach(r -> ((ObjectNode) r).remove(List.of("id", "article", "version", "updatedAt", "match")));
        }
        doc.get("events").forEach(e -> {
            if (e.get("place") instanceof ObjectNode place) {
                place.remove("name");
            }
        });
    }

    private Api.Response post(String slug, String body) {
        return post(slug, body, tokens.editor());
    }

    private Api.Response post(String slug, String body, String token) {
        return api.send("POST", "/api/v1/articles", JSON, document(slug, body), "Authorization", "Bearer " + token);
    }

    private String document(String slug, String body) {
        return article(slug, body);
    }

    private String article(String slug, String body) {
        return "{\"slug\":\"" + slug + "\",\"headline\":\"A headline\",\"language\":\"en\",\"body\":" + json.writeValueAsString(body)
                + ",\"paragraphs\":[],\"notes\":[],\"people\":[],\"places\":[],\"organizations\":[],\"topics\":[],"
                + "\"quotes\":[],\"resolutions\":[],\"events\":[]}";
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
