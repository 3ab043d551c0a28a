package app.verbatim.event;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import app.verbatim.support.Writes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Adding, editing and deleting events, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class EventWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

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

    private void copySeedTo(String slug) {
        Writes.copySeedTo(api, tokens, slug);
    }
}
