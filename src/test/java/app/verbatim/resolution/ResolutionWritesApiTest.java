package app.verbatim.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import app.verbatim.support.Writes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Adding, editing and deleting resolutions, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class ResolutionWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

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

    private void copySeedTo(String slug) {
        Writes.copySeedTo(api, tokens, slug);
    }
}
