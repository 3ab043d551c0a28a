package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiClient;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Route words are not slugs: an article called {@code import} would sit where the bulk import
 * is, and a write to it was given the bulk import's 1 GB body limit instead of 5 MB.
 */
@ApiTest
class RouteWordSlugTest {

    private static final String SIX_MEGABYTES = "{\"headline\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient editor;

    @BeforeEach
    void editor() {
        editor = ApiClient.over(api).as(tokens.editor());
    }

    @Test
    void aPutOrPatchToAnArticleCalledImportHasTheSingleDocumentLimit() {
        var put = editor.put("/articles/import").ifMatch("\"x\"").json(SIX_MEGABYTES).expectJson(413);
        var patch = editor.patch("/articles/import").ifMatch("\"x\"").json(SIX_MEGABYTES).expectJson(413);

        assertThat(put.get("type").asString()).isEqualTo("urn:verbatim:problem:payload-too-large");
        assertThat(patch.get("detail").asString()).isEqualTo(put.get("detail").asString());
    }

    @Test
    void aRouteWordIsRefusedAsASlugNamingTheField() {
        var problem = editor.post("/articles").json(Map.of("slug", "import", "headline", "Import", "body", "Imports rose."))
                .expectJson(422);

        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("slug");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("route");
    }

    @Test
    void aRouteWordIsRefusedInABulkImportToo() {
        var line = editor.post("/articles/import").body("application/x-ndjson",
                "{\"slug\":\"import\",\"headline\":\"Import\",\"body\":\"Imports rose.\"}\n").expect(200).json();

        assertThat(line.get("status").asInt()).isEqualTo(422);
        assertThat(line.get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }

    @Test
    void aHeadlineThatIsARouteWordMakesASlugThatIsNot() {
        var created = editor.post("/articles").json(Map.of("headline", "Import!", "body", "Imports rose in May.")).expect(201);

        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/articles/import-article");
        ApiClient.over(api).get("/articles/import-article").expect(200);
    }

    /** Every literal segment after {@code /api/v1/articles/} in a route is reserved, today's and tomorrow's. */
    @Test
    void everyRouteWordUnderArticlesIsReserved() {
        var words = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith("/api/v1/articles/"))
                .map(p -> p.substring("/api/v1/articles/".length()).split("/")[0])
                .filter(segment -> !segment.startsWith("{"))
                .distinct().toList();

        assertThat(words).contains("import");
        assertThat(ArticleSlugs.RESERVED).containsAll(words);
    }
}
