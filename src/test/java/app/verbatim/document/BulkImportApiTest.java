package app.verbatim.document;

import static app.verbatim.support.Writes.SEED;
import static app.verbatim.support.Writes.stripServerFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/articles/import} as a script relies on it: documents are stored in batches,
 * yet each is checked and answered on its own, and what is stored, audited and logged is what
 * {@code POST /api/v1/articles} stores, audits and logs for the same document.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class BulkImportApiTest {

    private static final String NDJSON = "application/x-ndjson";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void storesEveryGoodDocumentOfABatchAndSaysWhyEachBadOneIsRefused() {
        var wrongSpan = seedAs("bulk-batch-wrong-span");
        ((ObjectNode) wrongSpan.get("quotes").get(0).get("content")).put("text", "words the body does not hold");
        var unknownSpeaker = seedAs("bulk-batch-unknown-speaker");
        ((ObjectNode) wrongSpan.get("quotes").get(1).get("speaker")).put("id", "nobody-listed");
        ((ObjectNode) unknownSpeaker.get("quotes").get(1).get("speaker")).put("id", "nobody-listed");

        var results = importLines(seedAs("bulk-batch-one"), wrongSpan, unknownSpeaker, seedAs("bulk-batch-two"));

        assertThat(results).extracting(r -> r.get("index").asInt()).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 422, 422, 201);
        assertThat(fields(results.get(1))).containsExactly("quotes[0].content.text", "quotes[1].speaker.id");
        assertThat(results.get(1).get("errors").get(1).get("message").asString()).contains("'nobody-listed' is not among the document's people");
        assertThat(fields(results.get(2))).containsExactly("quotes[1].speaker.id");
        assertThat(api.get("/api/v1/articles/bulk-batch-one").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/articles/bulk-batch-two").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/articles/bulk-batch-wrong-span").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/articles/bulk-batch-unknown-speaker").status()).isEqualTo(404);
    }

    /**
     * Writes of whole documents plan their foreign-key checks generically, for their own
     * transaction only: the reads that follow on the same pooled connections keep the custom plans
     * the service asks for (application.yaml), which its skewed data needs.
     */
    @Test
    void writesOfWholeDocumentsLeaveThePooledConnectionsWithCustomPlans() throws SQLException {
        assertThat(importLines(seedAs("plans-bulk-one"), seedAs("plans-bulk-two"))).extracting(r -> r.get("status").asInt())
                .containsExactly(201, 201);
        var posted = api.send("POST", "/api/v1/articles", "application/json", seedAs("plans-posted").toString(), editor());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        // Every connection the pool holds, at once: the ones the writes used are among them.
        var held = new ArrayList<Connection>();
        try {
            for (int i = 0; i < poolSize; i++) {
                held.add(dataSource.getConnection());
            }
            for (var c : held) {
                try (var st = c.createStatement(); var rs = st.executeQuery("show plan_cache_mode")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
                }
            }
        } finally {
            for (var c : held) {
                c.close();
            }
        }
    }

    @Test
    void anArticleImportedInABatchIsStoredAuditedAndLoggedAsOnePostedAlone() {
        var posted = api.send("POST", "/api/v1/articles", "application/json", seedAs("twin-posted").toString(), editor());
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);

        var results = importLines(seedAs("twin-bulk"));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.get("status").asInt()).isEqualTo(201);
            assertThat(r.get("outcome").asString()).isEqualTo("created");
            assertThat(r.get("location").asString()).isEqualTo("/api/v1/articles/twin-bulk");
        });
        var viaPost = document("twin-posted");
        var viaBulk = document("twin-bulk");
        viaBulk.put("slug", "twin-posted");
        assertThat(viaBulk).isEqualTo(viaPost);
        assertThat(audit("twin-bulk")).isEqualTo(audit("twin-posted"));
        assertThat(changes("twin-bulk")).isEqualTo(changes("twin-posted"))
                .containsEntry("article create", 1).containsEntry("quote create", 14).containsEntry("event create", 9)
                .containsEntry("resolution create", 5);
    }

    @Test
    void quotesImportedInABatchSortByTheirArticlesDateAndNoWriterCanGiveThemAnother() {
        var dated = seedAs("bulk-sort-key");
        var undated = seedAs("bulk-sort-key-undated");
        undated.putNull("published");

        var results = importLines(dated, undated);

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 201);
        assertThat(jdbc.sql("select q.article_published from quote q join article a on a.id = q.article_id "
                + "where a.slug = 'bulk-sort-key'").query(LocalDate.class).set())
                .containsExactly(LocalDate.parse(dated.get("published").get("earliest").asString()));
        assertThat(jdbc.sql("select count(*) from quote q join article a on a.id = q.article_id "
                + "where a.slug = 'bulk-sort-key-undated' and q.article_published is null").query(Integer.class).single())
                .isEqualTo(undated.get("quotes").size());
        var spans = "source_start, source_end, source_text, cue_start, cue_end, cue_text, content_start, content_end, content_text";
        var wrongDate = "insert into quote (article_id, ordinal, speaker_id, kind, " + spans + ", article_published) "
                + "select q.article_id, 99, q.speaker_id, q.kind, " + spans + ", date '1999-01-01' from quote q "
                + "join article a on a.id = q.article_id where a.slug = 'bulk-sort-key' limit 1";
        assertThatThrownBy(() -> jdbc.sql(wrongDate).update())
                .hasMessageContaining("not its article's publication date");
    }

    @Test
    void theSameDocumentAgainChangesNothingAndAnotherUnderItsSlugIsAConflict() {
        var first = seedAs("bulk-again");
        var other = seedAs("bulk-again");
        other.put("headline", "Another headline");

        var results = importLines(first, first, other);
        var later = importLines(first, other);

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 200, 409);
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("unchanged");
        assertThat(results.get(2).get("errors").get(0).get("message").asString())
                .isEqualTo("Another document is stored under the slug 'bulk-again'; PUT it there to replace it.");
        assertThat(later).extracting(r -> r.get("status").asInt()).containsExactly(200, 409);
        assertThat(api.get("/api/v1/articles/bulk-again").json().get("headline").asString()).isEqualTo(first.get("headline").asString());
        assertThat(jdbc.sql("select count(*) from audit_event where article_slug = 'bulk-again'").query(Integer.class).single()).isOne();
    }

    @Test
    void aPersonAndAPlaceNewToTwoDocumentsOfABatchAreOneRecordEachWithWhatBothSay() {
        String body = "Vera Lind spoke in Baku and in Tromso.";
        var one = small("bulk-shared-one", "shared", body, List.of("Lind"), null);
        var two = small("bulk-shared-two", "shared", body, List.of("V. Lind"), "minister");

        var results = importLines(one, two);

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 201);
        var person = api.get("/api/v1/people/vera-lind-shared").json();
        assertThat(person.get("aliases")).extracting(JsonNode::asString).containsExactly("Lind", "V. Lind");
        assertThat(person.get("role").asString()).isEqualTo("minister");
        assertThat(jdbc.sql("select count(*) from catalog_entry where slug = 'tromso-shared'").query(Integer.class).single()).isOne();
        // One batch or two (the stream may arrive in pieces): a script following the log learns of the person, as they are now.
        var logged = jdbc.sql("select action || ' ' || version from change where kind = 'person' and record_id = 'vera-lind-shared' order by seq")
                .query(String.class).list();
        assertThat(logged).first().isEqualTo("create 0");
        assertThat(logged).last().asString().endsWith(" " + person.get("version").asInt());
        for (String slug : List.of("bulk-shared-one", "bulk-shared-two")) {
            var model = api.get("/api/v1/articles/" + slug).json();
            assertThat(model.get("places")).extracting(p -> p.get("id").asString()).containsExactly("baku", "tromso-shared");
            assertThat(model.get("people").get(0).get("mentions").get(0).get("suffix").asString()).isEqualTo(" spoke in Baku and in Tromso.");
        }
    }

    @Test
    void aStoredPersonAndEntryAreUpdatedByTheDocumentsOfABatchInTheirOrder() {
        String body = "Vera Lind spoke in Baku and in Tromso.";
        assertThat(importLines(small("bulk-update-first", "update", body, List.of("Lind"), "deputy")))
                .extracting(r -> r.get("status").asInt()).containsExactly(201);
        var second = small("bulk-update-second", "update", body, List.of("V. Lind", "Lind"), "minister");
        ((ObjectNode) second.get("places").get(1)).put("name", "Tromsø");
        var third = small("bulk-update-third", "update", body, List.of(), null);
        ((ObjectNode) third.get("places").get(1)).put("name", "Tromsø");

        assertThat(importLines(second, third)).extracting(r -> r.get("status").asInt()).containsExactly(201, 201);

        var person = api.get("/api/v1/people/vera-lind-update").json();
        assertThat(person.get("aliases")).extracting(JsonNode::asString).containsExactly("Lind", "V. Lind");
        assertThat(person.get("role").asString()).isEqualTo("minister");
        assertThat(person.get("version").asInt()).isOne();
        assertThat(api.get("/api/v1/places/tromso-update").json().get("name").asString()).isEqualTo("Tromsø");
        assertThat(jdbc.sql("select action || ' ' || version from change where kind = 'person' and record_id = 'vera-lind-update' order by seq")
                .query(String.class).list()).containsExactly("create 0", "update 1");
        assertThat(jdbc.sql("select action || ' ' || version from change where kind = 'place' and record_id = 'tromso-update' order by seq")
                .query(String.class).list()).containsExactly("create 0", "update 1");
    }

    @Test
    void anArticleNamingAKnownPlaceAndPersonBeforeNewOnesImportsThroughEveryPath() {
        String body = "Ilham Aliyev and Vera Lind spoke in Baku and in Tromso.";
        var posted = small("known-then-new-posted", "posted", body, List.of(), null);
        var people = (tools.jackson.databind.node.ArrayNode) posted.get("people");
        people.insert(0, json.createObjectNode().put("id", "ilham-aliyev").put("name", "Ilham Aliyev")
                .<ObjectNode>set("aliases", json.createArrayNode()).set("mentions", json.valueToTree(List.of(span(body, "Ilham Aliyev")))));
        var bulk = posted.deepCopy().put("slug", "known-then-new-bulk");
        ((ObjectNode) bulk.get("people").get(1)).put("id", "vera-lind-known-bulk");
        ((ObjectNode) bulk.get("places").get(1)).put("id", "tromso-known-bulk");

        var response = api.send("POST", "/api/v1/articles", "application/json", posted.toString(), editor());
        var results = importLines(bulk);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("places")).extracting(p -> p.get("id").asString()).containsExactly("baku", "tromso-posted");
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201);
        assertThat(api.get("/api/v1/articles/known-then-new-bulk").json().get("people")).extracting(p -> p.get("id").asString())
                .containsExactly("ilham-aliyev", "vera-lind-known-bulk");
    }

    @Test
    void aDocumentTheDatabaseRefusesCostsOnlyItself() {
        jdbc.sql("alter table article add constraint test_refused_slug check (slug <> 'bulk-refused-by-database')").update();
        try {
            var results = importLines(seedAs("bulk-before-refused"), seedAs("bulk-refused-by-database"), seedAs("bulk-after-refused"));

            assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 409, 201);
            assertThat(results.get(1).get("type").asString()).isEqualTo("urn:verbatim:problem:conflict");
        } finally {
            jdbc.sql("alter table article drop constraint test_refused_slug").update();
        }
        assertThat(api.get("/api/v1/articles/bulk-before-refused").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/articles/bulk-after-refused").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/articles/bulk-refused-by-database").status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where article_slug in ('bulk-before-refused', 'bulk-after-refused')")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aStreamLongerThanABatchIsStoredWhole() {
        var lines = IntStream.range(0, BulkImport.BATCH_DOCUMENTS + 5)
                .mapToObj(i -> small("bulk-long-" + i, "long", "Vera Lind spoke in Baku and in Tromso " + i + ".", List.of(), null))
                .toArray(ObjectNode[]::new);

        var results = importLines(lines);

        assertThat(results).hasSize(lines.length).allSatisfy(r -> assertThat(r.get("status").asInt()).isIn(201));
        assertThat(results).extracting(r -> r.get("index").asInt()).isSorted();
        assertThat(jdbc.sql("select count(*) from article where slug like 'bulk-long-%'").query(Integer.class).single())
                .isEqualTo(lines.length);
    }

    @Test
    void aLineBoundStraightFromItsTextIsRefusedForWhatATreeWouldBeRefusedFor() {
        var typo = seedAs("bulk-line-typo");
        typo.put("headlien", "a typo");
        var wrongType = seedAs("bulk-line-wrong-type");
        ((ObjectNode) wrongType.get("quotes").get(0).get("content")).put("start", "seven");
        var nul = seedAs("bulk-line-nul");
        nul.put("headline", "a\u0000b");
        String ndjson = String.join("\n", typo.toString(), wrongType.toString(), "[1, 2]", "{\"slug\": ", nul.toString(),
                seedAs("bulk-line-fine").toString()) + "\n";

        var results = api.send("POST", "/api/v1/articles/import", NDJSON, ndjson, editor()).body().lines().map(json::readTree).toList();

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(422, 422, 422, 400, 422, 201);
        assertThat(fields(results.get(0))).containsExactly("headlien");
        assertThat(fields(results.get(1))).containsExactly("quotes[0].content.start");
        assertThat(results.get(2).get("errors").get(0).get("message").asString()).isEqualTo("the body must be a JSON object");
        assertThat(results.get(3).get("errors").get(0).get("message").asString()).isEqualTo("this line is not JSON");
        assertThat(fields(results.get(4))).containsExactly("headline");
        assertThat(results.get(4).get("errors").get(0).get("message").asString()).contains("U+0000");
    }

    private String[] editor() {
        return new String[] {"Authorization", "Bearer " + tokens.editor()};
    }

    private List<JsonNode> importLines(ObjectNode... documents) {
        String ndjson = java.util.Arrays.stream(documents).map(ObjectNode::toString).collect(Collectors.joining("\n", "", "\n"));
        var response = api.send("POST", "/api/v1/articles/import", NDJSON, ndjson, editor());
        assertThat(response.status()).isEqualTo(200);
        return response.body().lines().map(json::readTree).toList();
    }

    private static List<String> fields(JsonNode result) {
        return result.get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    private ObjectNode seedAs(String slug) {
        var doc = (ObjectNode) api.get(SEED).json();
        stripServerFields(doc);
        doc.put("slug", slug);
        return doc;
    }

    /** The stored article as the document that would import it again. */
    private ObjectNode document(String slug) {
        var doc = (ObjectNode) api.get("/api/v1/articles/" + slug).json();
        stripServerFields(doc);
        return doc;
    }

    /**
     * A short article: one person ({@code vera-lind-<suffix>}, new to the database the first time),
     * a known place (Baku) and a new one ({@code tromso-<suffix>}), each mentioned once in {@code body}.
     */
    private ObjectNode small(String slug, String suffix, String body, List<String> aliases, String role) {
        var doc = json.createObjectNode().put("slug", slug).put("headline", "Lind in " + slug).put("language", "en").put("body", body);
        var person = json.createObjectNode().put("id", "vera-lind-" + suffix).put("name", "Vera Lind");
        if (role != null) {
            person.put("role", role);
        }
        person.set("aliases", json.valueToTree(aliases));
        person.set("mentions", json.valueToTree(List.of(span(body, "Vera Lind"))));
        doc.set("people", json.createArrayNode().add(person));
        doc.set("places", json.createArrayNode()
                .add(json.createObjectNode().put("id", "baku").put("name", "Baku").set("mentions", json.valueToTree(List.of(span(body, "Baku")))))
                .add(json.createObjectNode().put("id", "tromso-" + suffix).put("name", "Tromso")
                        .set("mentions", json.valueToTree(List.of(span(body, "Tromso"))))));
        return doc;
    }

    private static Map<String, Object> span(String body, String text) {
        int start = body.indexOf(text);
        return Map.of("start", start, "end", start + text.length(), "text", text);
    }

    /** The article's audit trail, without ids and times. */
    private List<String> audit(String slug) {
        return jdbc.sql("select action || ' ' || resource_type || ' ' || coalesce(version_before::text, '-') || ' ' || version_after || ' '"
                        + " || summary || ' ' || coalesce(token_id::text, '-') from audit_event where article_slug = ? order by id")
                .param(slug).query(String.class).list();
    }

    /** How many changes of each kind and action the change log holds for the article. */
    private Map<String, Integer> changes(String slug) {
        return jdbc.sql("select kind || ' ' || action as what, count(*)::int as n from change where article_slug = ? group by 1")
                .param(slug).query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
