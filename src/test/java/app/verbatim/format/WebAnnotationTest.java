package app.verbatim.format;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Quotes as W3C Web Annotations, expanded offline. The context the documents name is the W3C's.
 * The test resolves it to the W3C file when a copy is at {@code ../shared/anno/anno.jsonld} (or
 * {@code -Danno.context=…}), as the ninjs test does with IPTC's schema; otherwise to
 * {@code jsonld/anno-minimal.jsonld}, a stand-in written for this test (the W3C file could not be
 * obtained here: see the file's comment).
 */
@ApiTest
class WebAnnotationTest {

    private static final String ANNOTATION = "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"";
    private static final String OA = "http://www.w3.org/ns/oa#";

    @Autowired
    Api api;

    @Test
    void describesAQuoteAsAnAnnotationOfItsArticlesWordsThatExpands() throws Exception {
        var json = api.get("/api/v1/quotes?speaker=aliyev&kind=direct&size=1").json().get("items").get(0);
        var response = api.get("/api/v1/quotes/" + json.get("id").asLong(), ANNOTATION);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/ld+json").contains("anno.jsonld");
        var annotation = expand(response.body()).getJsonObject(0);
        assertThat(annotation.getJsonArray("@type").getString(0)).isEqualTo(OA + "Annotation");
        var target = annotation.getJsonArray(OA + "hasTarget").getJsonObject(0);
        assertThat(target.getJsonArray(OA + "hasSource").getJsonObject(0).getString("@id"))
                .endsWith("/api/v1/articles/vestnik-kavkaza-nazarbayev-baku");
        var selectors = target.getJsonArray(OA + "hasSelector");
        var position = selector(selectors, "TextPositionSelector");
        var quote = selector(selectors, "TextQuoteSelector");
        var content = json.get("content");
        assertThat(value(position, "start")).isEqualTo(content.get("start").asString());
        assertThat(value(position, "end")).isEqualTo(content.get("end").asString());
        assertThat(value(quote, "exact")).isEqualTo(content.get("text").asString());
        assertThat(value(quote, "prefix")).isEqualTo(content.get("prefix").asString());
        assertThat(value(quote, "suffix")).isEqualTo(content.get("suffix").asString());
        var bodies = annotation.getJsonArray(OA + "hasBody").toString();
        assertThat(bodies).contains("Ilham Aliyev, in direct speech (cue").contains(OA + "identifying").contains("/api/v1/people/ilham-aliyev");
    }

    @Test
    void pagesQuotesAndAPersonsQuotesAsAnnotationPages() throws Exception {
        for (var path : new String[] {"/api/v1/quotes?speaker=nazarbayev", "/api/v1/people/nursultan-nazarbayev/quotes"}) {
            var response = api.get(path, ANNOTATION);
            assertThat(response.status()).as(path).isEqualTo(200);
            var node = response.json();
            assertThat(node.get("type").asString()).isEqualTo("AnnotationPage");
            assertThat(node.get("items")).isNotEmpty().allSatisfy(a -> assertThat(a.get("type").asString()).isEqualTo("Annotation"));
            assertThat(node.get("partOf").get("total").asLong()).isEqualTo(api.get(path).json().get("totalElements").asLong());
            assertThat(expand(response.body()).toString()).contains(OA + "TextQuoteSelector");
        }
        // Plain JSON-LD stays schema.org.
        assertThat(api.get("/api/v1/quotes?speaker=nazarbayev", "application/ld+json").json().get("@type").asString()).isEqualTo("ItemList");
    }

    private static JsonArray expand(String body) throws JsonLdError {
        return JsonLd.expand(JsonDocument.of(new StringReader(body))).loader(new LocalAnnotationContext()).get();
    }

    private static JsonObject selector(JsonArray selectors, String type) {
        return selectors.stream().map(JsonObject.class::cast)
                .filter(s -> s.getJsonArray("@type").getString(0).equals(OA + type)).findFirst().orElseThrow();
    }

    private static String value(JsonObject node, String term) {
        var value = node.getJsonArray(OA + term).getJsonObject(0).get("@value");
        return value instanceof jakarta.json.JsonString text ? text.getString() : value.toString();
    }

    /** Resolves the W3C annotation context to the test's copy; refuses every other remote document. */
    private static final class LocalAnnotationContext implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (!url.toString().equals("http://www.w3.org/ns/anno.jsonld")) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "offline: " + url);
            }
            var official = java.nio.file.Path.of(System.getProperty("anno.context", "../shared/anno/anno.jsonld"));
            try (var in = java.nio.file.Files.isRegularFile(official) ? java.nio.file.Files.newInputStream(official)
                    : WebAnnotationTest.class.getResourceAsStream("/jsonld/anno-minimal.jsonld")) {
                return JsonDocument.of(in);
            } catch (java.io.IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, e.getMessage());
            }
        }
    }
}
