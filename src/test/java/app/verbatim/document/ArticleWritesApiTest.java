package app.verbatim.document;

import static app.verbatim.support.Writes.SEED;
import static app.verbatim.support.Writes.article;
import static app.verbatim.support.Writes.stripServerFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import app.verbatim.support.Writes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Importing, editing and deleting articles, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class ArticleWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

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

    private void copySeedTo(String slug) {
        Writes.copySeedTo(api, tokens, slug);
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

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
