package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.RawHttp;
import app.verbatim.support.TestTokens;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Merge patches that name what does not exist or change nothing, and bodies whose text cannot be
 * stored as sent (a lone surrogate, bytes that are not UTF-8): refused, or answered without a write.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class PatchAndEncodingApiTest {

    private static final String PATCH = "application/merge-patch+json";
    private static final String JSON = "application/json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private final tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/articles/vestnik-kavkaza-nazarbayev-baku | {"headlin": null}                | headlin
            /api/v1/quotes/1                                 | {"speeker": null}                | speeker
            /api/v1/quotes/1                                 | {"channel": {"nmae": null}}      | channel.nmae
            /api/v1/events/1                                 | {"titel": null, "title": "New"} | titel
            /api/v1/resolutions/1                            | {"isuer": null}                  | isuer
            /api/v1/people/ilham-aliyev                      | {"version": null}                | version
            /api/v1/places/baku                              | {"updatedAt": null}              | updatedAt
            """)
    void refusesAnUnknownKeyInAPatchEvenWhenItsValueIsNull(String path, String patch, String field) {
        String before = api.get(path).body();
        int audit = count();

        var response = api.send("PATCH", path, PATCH, patch, "Authorization", "Bearer " + tokens.editor(), "If-Match", "*");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-document");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(api.get(path).body()).isEqualTo(before);
        assertThat(count()).isEqualTo(audit);
    }

    /** Each record patched with nothing, and with one of its own fields as it already is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/articles/vestnik-kavkaza-nazarbayev-baku | headline
            /api/v1/articles/vestnik-kavkaza-nazarbayev-baku | publisher
            /api/v1/quotes/2                                 | kind
            /api/v1/events/1                                 | title
            /api/v1/resolutions/1                            | issuer
            /api/v1/people/ilham-aliyev                      | name
            /api/v1/places/baku                              | name
            /api/v1/topics/oil                               | name
            """)
    void aPatchThatChangesNothingWritesNothing(String path, String field) {
        var before = api.get(path);
        int audit = count();
        var sameValue = json.createObjectNode().set(field, before.json().get(field));

        for (String patch : java.util.List.of("{}", sameValue.toString())) {
            var response = api.send("PATCH", path, PATCH, patch, "Authorization", "Bearer " + tokens.editor(), "If-Match", before.etag());

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.etag()).as(patch).isEqualTo(before.etag());
            assertThat(response.json().get("version")).isEqualTo(before.json().get("version"));
        }
        assertThat(api.get(path).etag()).isEqualTo(before.etag());
        assertThat(count()).as("audit entries").isEqualTo(audit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST  | /api/v1/people                                            | {"id": "lone-a", "name": "A\\ud800", "aliases": []}            | name
            POST  | /api/v1/topics                                            | {"id": "lone-b", "name": "B\\udfff"}                           | name
            POST  | /api/v1/articles                                          | {"headline": "Lone", "body": "x\\ud83d y"}                      | body
            POST  | /api/v1/articles                                          | {"headline": "Lone", "body": "x", "notes": [{"kind": "typo", "span": {"start": 0, "end": 1, "text": "\\udc00"}}]} | notes[0].span.text
            PATCH | /api/v1/people/ilham-aliyev                               | {"aliases": ["Aliyev", "\\ud800\\ud800"]}                      | aliases[1]
            PATCH | /api/v1/quotes/1                                          | {"channel": {"name": "\\ude00", "span": null}}                  | channel.name
            POST  | /api/v1/articles/vestnik-kavkaza-nazarbayev-baku/events   | {"kind": "talks", "title": "\\ud800", "status": "past"}         | title
            """)
    void refusesALoneSurrogateNamingTheFieldAndStoresNothing(String method, String path, String body, String field) {
        int audit = count();

        var response = api.send(method, path, method.equals("PATCH") ? PATCH : JSON, body,
                "Authorization", "Bearer " + tokens.editor(), "If-Match", "*");

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-document");
        assertThat(response.json().get("errors")).anySatisfy(e -> assertThat(e.get("field").asString()).isEqualTo(field));
        assertThat(count()).isEqualTo(audit);
        assertThat(jdbc.sql("select count(*) from person where name like '%?%' or slug like 'lone-%'").query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "EDA080", "F4908080", "FF", "C328", "E282", "F8888080"})
    void refusesABodyThatIsNotUtf8With400(String hex) {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] start = "{\"id\":\"bytes\",\"name\":\"a".getBytes(StandardCharsets.UTF_8);
        byte[] end = "b\",\"aliases\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + bad.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(bad, 0, body, start.length, bad.length);
        System.arraycopy(end, 0, body, start.length + bad.length, end.length);

        var response = RawHttp.send(port, "POST", "/api/v1/people", JSON, body, "Authorization", "Bearer " + tokens.editor());
        var bulk = RawHttp.send(port, "POST", "/api/v1/articles/import", "application/x-ndjson",
                ("{\"headline\":\"Bytes\",\"body\":\"a" + new String(bad, StandardCharsets.ISO_8859_1) + "\"}\n").getBytes(StandardCharsets.ISO_8859_1),
                "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-request");
        assertThat(bulk.body()).contains("\"status\":400").doesNotContain("\"status\":201");
        assertThat(jdbc.sql("select count(*) from person where slug = 'bytes'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from article where slug = 'bytes'").query(Integer.class).single()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"headline\":\"Lone bulk\",\"body\":\"a\\ud800\"}", "{\"headline\":\"Lone bulk\",\"body\":\"a\",\"\\udc00\":1}"})
    void theBulkImportRefusesALoneSurrogateToo(String line) {
        var response = api.send("POST", "/api/v1/articles/import", "application/x-ndjson", line + "\n", "Authorization", "Bearer " + tokens.editor());

        assertThat(response.body()).contains("\"status\":4").doesNotContain("\"status\":201");
        assertThat(jdbc.sql("select count(*) from article where slug = 'lone-bulk'").query(Integer.class).single()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aTokenNameWithALoneSurrogateIsRefused() {
        var response = api.send("POST", "/api/v1/tokens", JSON, "{\"name\":\"x\\ud800\",\"role\":\"editor\"}", "Authorization", "Bearer " + tokens.admin());

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    private int count() {
        return jdbc.sql("select count(*) from audit_event").query(Integer.class).single();
    }
}
