package app.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import app.verbatim.support.Writes;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Adding, fixing and deleting quotes, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class QuoteWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

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

    private void copySeedTo(String slug) {
        Writes.copySeedTo(api, tokens, slug);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
