package app.verbatim.draft.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/v1/drafts} and its bulk stream as an editor's script uses them. In a database
 * of its own, since a draft is imported here to show it imports.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=draft-web")
class DraftApiTest {

    /** A text of our own, about nobody Verbatim knows, so importing it changes nothing another test counts. */
    static final String TEXT = """
            Ministers agree to clean the Tarva river

            The environment ministers of Norland and Sudmark met in Tarvik on Monday to discuss the river they share.

            "The river belongs to both our peoples," Norland's Environment Minister Elena Varga said after the talks. \
            "We will clean it together."

            Varga said that a joint commission would meet in June to agree on the first works.

            Sudmark's minister, Tomas Lind, stressed that the cost would be shared equally.
            """;

    private static final String PLAIN = "text/plain; charset=utf-8";
    private static final String JSON_TYPE = "application/json";
    private static final String NDJSON = "application/x-ndjson";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void draftsAPlainTextIntoADocumentThatImportsUnchanged() {
        var response = draft(PLAIN, TEXT);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        var draft = response.json();
        var document = draft.get("document");
        assertThat(document.get("body").asString()).as("the text as received").isEqualTo(TEXT);
        assertThat(document.get("paragraphs")).isNotEmpty();
        for (JsonNode paragraph : document.get("paragraphs")) {
            var span = paragraph.get("span");
            assertThat(slice(TEXT, span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asString());
        }
        assertThat(draft.get("review").isArray()).isTrue();
        draft.get("review").forEach(item -> {
            assertThat(item.get("path").isString()).isTrue();
            assertThat(item.get("confidence").asDouble()).isBetween(0.0, 1.0);
            assertThat(item.get("rule").asString()).isNotBlank();
            assertThat(item.get("note").asString()).isNotBlank();
        });

        var imported = api.send("POST", "/api/v1/articles", JSON_TYPE, document.toString(), "Authorization", "Bearer " + tokens.editor());

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var model = api.get(imported.headers().firstValue("Location").orElseThrow()).json();
        assertThat(model.get("body").asString()).isEqualTo(TEXT);
        assertThat(model.get("quotes")).hasSize(document.get("quotes").size());
        assertThat(model.get("people")).hasSize(document.get("people").size());
        // The same document again changes nothing: the draft is the article, not a request to make one.
        assertThat(api.send("POST", "/api/v1/articles", JSON_TYPE, document.toString(), "Authorization", "Bearer " + tokens.editor()).status())
                .isEqualTo(200);
    }

    @Test
    void theSameTextGivesTheSameDraftByteForByteInEveryForm() {
        var first = draft(PLAIN, TEXT);
        var second = draft(PLAIN, TEXT);
        var asJson = draft(JSON_TYPE, json.createObjectNode().put("body", TEXT).toString());

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(asJson.body()).as("JSON {body} and text/plain").isEqualTo(first.body());
        var line = bulk(NDJSON, json.writeValueAsString(TEXT) + "\n").getFirst();
        assertThat(json.writeValueAsString(line.get("document"))).as("a bulk line")
                .isEqualTo(json.writeValueAsString(first.json().get("document")));
    }

    @Test
    void takesWhatTheTextDoesNotSayBesideIt() {
        var request = (ObjectNode) json.createObjectNode().put("body", TEXT).put("headline", "River deal")
                .put("publisher", "Tarvik Times").put("url", "https://example.org/river").put("published", "2017-04-03");
        var fromJson = draft(JSON_TYPE, request.toString());
        var fromQuery = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts?headline=River%20deal&publisher=Tarvik%20Times"
                        + "&url=https://example.org/river&published=2017-04-03"))
                .POST(HttpRequest.BodyPublishers.ofString(TEXT)).header("Content-Type", PLAIN));

        assertThat(fromJson.status()).as(fromJson.body()).isEqualTo(200);
        var document = fromJson.json().get("document");
        assertThat(document.get("headline").asString()).isEqualTo("River deal");
        assertThat(document.get("publisher").asString()).isEqualTo("Tarvik Times");
        assertThat(document.get("url").asString()).isEqualTo("https://example.org/river");
        assertThat(document.get("published").get("earliest").asString()).isEqualTo("2017-04-03");
        assertThat(fromQuery.body()).as("query parameters beside a text/plain body").isEqualTo(fromJson.body());
    }

    @Test
    void needsAnEditorsToken() {
        var anonymous = api.send(HttpRequest.newBuilder(api.uri("/api/v1/drafts"))
                .POST(HttpRequest.BodyPublishers.ofString(TEXT)).header("Content-Type", PLAIN));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unauthenticated");
    }

    @Test
    void aTextWithoutQuotesGivesADraftWithNone() {
        var response = draft(PLAIN, "Rain expected\n\nHeavy rain is expected in the north of Norland on Tuesday. Roads may close.\n");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("document").get("quotes")).isEmpty();
        assertThat(response.json().get("document").get("body").asString()).startsWith("Rain expected");
    }

    @Test
    void aLanguageTheDrafterDoesNotReadGivesTheTextStructureAndSaysSo() {
        String french = """
                Les ministres s'accordent sur la rivière

                « La rivière appartient à nos deux peuples », a déclaré la ministre Elena Varga après les entretiens.

                Varga a ajouté que la commission se réunirait en juin.
                """;
        // Said to be French, or found not to be English: the tag given, or "und" (BCP 47's undetermined).
        for (var request : List.of(List.of(json.createObjectNode().put("body", french).put("language", "fr").toString(), "fr"),
                List.of(json.createObjectNode().put("body", french).toString(), "und"))) {
            var response = draft(JSON_TYPE, request.get(0));

            assertThat(response.status()).as(response.body()).isEqualTo(200);
            var draft = response.json();
            assertThat(draft.get("document").get("language").asString()).isEqualTo(request.get(1));
            assertThat(draft.get("document").get("paragraphs")).isNotEmpty();
            assertThat(draft.get("document").get("quotes")).isEmpty();
            assertThat(draft.get("document").get("people")).isEmpty();
            assertThat(draft.get("review").toString()).containsIgnoringCase("language");
        }
    }

    @Test
    void anEmptyOrBlankTextIsA422NamingTheBody() {
        for (String text : List.of("", "   \n\t\u00a0\n  ")) {
            var response = draft(PLAIN, text);

            assertThat(response.status()).as("%s: %s", json.writeValueAsString(text), response.body()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-document");
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
        }
        var missing = draft(JSON_TYPE, "{\"headline\":\"No text\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void bytesThatAreNotUtf8AreA400() {
        byte[] latin1 = "Caf\u00e9 talks\n\nThe minister said the caf\u00e9 was closed.".getBytes(StandardCharsets.ISO_8859_1);
        var response = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).header("Content-Type", PLAIN));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-request");
        assertThat(response.json().get("detail").asString()).contains("UTF-8", "byte 3");

        // The same bytes said to be what they are read as the text they are.
        var declared = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).header("Content-Type", "text/plain; charset=iso-8859-1"));
        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().get("document").get("body").asString()).startsWith("Café talks");
    }

    @Test
    void aTextPastTheCapIsA413() {
        var overCap = draft(PLAIN, "word ".repeat(1_100_000)); // 5.5 MB: past verbatim.limits.body
        assertThat(overCap.status()).isEqualTo(413);
        assertThat(overCap.json().get("type").asString()).isEqualTo("urn:verbatim:problem:payload-too-large");

        var overArticle = draft(PLAIN, "ab ".repeat(340_000)); // 1.02 MB: under the cap, longer than an article may be
        assertThat(overArticle.status()).as(overArticle.body()).isEqualTo(413);
        assertThat(overArticle.json().get("detail").asString()).contains("1000000");
    }

    @Test
    void refusesUnknownPropertiesParametersAndBadValuesNamingThem() {
        var typo = draft(JSON_TYPE, "{\"body\":\"Talks.\",\"headlin\":\"x\"}");
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.json().get("errors").get(0).get("field").asString()).isEqualTo("headlin");

        var badUrl = draft(JSON_TYPE, "{\"body\":\"Talks.\",\"url\":\"not a url\",\"language\":\"English\"}");
        assertThat(badUrl.status()).isEqualTo(422);
        assertThat(badUrl.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("url", "language");

        var badDate = draft(JSON_TYPE, "{\"body\":\"Talks.\",\"published\":\"April 3\"}");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.json().get("errors").get(0).get("field").asString()).isEqualTo("published");

        var notJson = draft(JSON_TYPE, "{\"body\":");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-request");

        var unknownParameter = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts?headlin=x"))
                .POST(HttpRequest.BodyPublishers.ofString(TEXT)).header("Content-Type", PLAIN));
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().get("errors").get(0).get("field").asString()).isEqualTo("headlin");

        var nul = draft(PLAIN, "Talks\u0000 in Baku.");
        assertThat(nul.status()).isEqualTo(422);

        var html = draft("text/html", "<p>Talks.</p>");
        assertThat(html.status()).isEqualTo(415);
        assertThat(html.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unsupported-media-type");
    }

    @Test
    void bulkAnswersALinePerTextInOrderAndABadLineStopsNothing() {
        var request = new StringBuilder()
                .append(json.createObjectNode().put("body", TEXT).put("published", "2017-04-03")).append('\n')
                .append(json.writeValueAsString("Rain expected\n\nHeavy rain is expected on Tuesday.")).append('\n')
                .append("\n")                                  // blank lines are not texts
                .append("{\"body\": \n")                     // not JSON
                .append("{\"body\":\"   \"}\n")              // blank
                .append("42\n")                               // JSON, but not a text
                .append("{\"body\":\"Talks.\",\"headlin\":\"x\"}\n")
                .append(json.writeValueAsString("The last one.")); // no final newline
        var lines = bulk(NDJSON, request.toString());

        assertThat(lines).extracting(l -> l.get("index").asInt()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(lines).extracting(l -> l.get("status").asInt()).containsExactly(200, 200, 400, 422, 422, 422, 200);
        assertThat(lines.get(0).get("document").get("body").asString()).isEqualTo(TEXT);
        assertThat(lines.get(0).get("document").get("published").get("earliest").asString()).isEqualTo("2017-04-03");
        assertThat(lines.get(0).get("review").isArray()).isTrue();
        assertThat(lines.get(2).get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-request");
        assertThat(lines.get(3).get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(lines.get(5).get("errors").get(0).get("field").asString()).isEqualTo("headlin");
        assertThat(lines.get(6).get("document").get("body").asString()).isEqualTo("The last one.");

        var array = bulk(JSON_TYPE, "[" + json.writeValueAsString(TEXT) + ", {\"body\":\"\"}]");
        assertThat(array).extracting(l -> l.get("status").asInt()).containsExactly(200, 422);
        assertThat(array.getFirst().get("document")).isEqualTo(draft(PLAIN, TEXT).json().get("document"));
    }

    @Test
    void bulkReportsALineThatIsNotUtf8OrTooLongAndGoesOn() {
        byte[] bad = "\"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tooLong = ("\"" + "word ".repeat(1_100_000) + "\"\n").getBytes(StandardCharsets.UTF_8); // past verbatim.limits.body
        byte[] good = "\"The last one.\"\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = concat(bad, tooLong, good);
        var response = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts/bulk"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", NDJSON));

        assertThat(response.status()).isEqualTo(200);
        var lines = lines(response.body());
        assertThat(lines).extracting(l -> l.get("status").asInt()).containsExactly(400, 413, 200);
        assertThat(lines.get(0).get("errors").get(0).get("message").asString()).contains("UTF-8");
    }

    @Test
    void theOpenApiDocumentDescribesBothBodiesAndTheStream() {
        var paths = api.get("/v3/api-docs").json().get("paths");

        var drafts = paths.get("/api/v1/drafts").get("post");
        assertThat(drafts.get("requestBody").get("content").propertyNames()).contains("text/plain", "application/json");
        assertThat(drafts.get("responses").propertyNames()).contains("200", "400", "401", "403", "413", "415", "422");
        assertThat(drafts.get("responses").get("200").get("content").get("application/json").get("schema").get("$ref").asString())
                .endsWith("/Draft");
        var bulk = paths.get("/api/v1/drafts/bulk").get("post");
        assertThat(bulk.get("requestBody").get("content").propertyNames()).contains("application/x-ndjson", "application/json");
        assertThat(bulk.get("responses").get("200").get("content").propertyNames()).contains("application/x-ndjson");
    }

    // ---------------------------------------------------------------------------------------------

    private Api.Response draft(String contentType, String body) {
        return send(HttpRequest.newBuilder(api.uri("/api/v1/drafts"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", contentType));
    }

    private List<JsonNode> bulk(String contentType, String body) {
        var response = send(HttpRequest.newBuilder(api.uri("/api/v1/drafts/bulk"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", contentType));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.contentType()).startsWith(NDJSON);
        return lines(response.body());
    }

    private List<JsonNode> lines(String body) {
        var lines = new ArrayList<JsonNode>();
        for (String line : body.split("\n")) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    /** As an editor. */
    private Api.Response send(HttpRequest.Builder request) {
        return api.send(request.header("Authorization", "Bearer " + tokens.editor()));
    }

    private static String slice(String text, int start, int end) {
        int[] points = text.codePoints().toArray();
        return new String(Arrays.copyOfRange(points, start, end), 0, end - start);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
