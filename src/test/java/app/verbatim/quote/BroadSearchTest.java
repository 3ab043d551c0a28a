package app.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A full-text query broader than the service ranks by default (here 2 matches, in production
 * 1 000): newest first, its total a lower bound, said in the envelope and the links; an explicit
 * sort=relevance still ranks and counts everything.
 */
@ApiTest
@TestPropertySource(properties = {"verbatim.test.database=broad", "verbatim.search.ranked-at-most=2"})
class BroadSearchTest {

    private static final String SEED = "vestnik-kavkaza-nazarbayev-baku";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    @Test
    void aBroadQueryComesNewestFirstWithALowerBoundAndNoLastPage() {
        // "kazakhstan" matches 5 of the seed's quotes: more than 2.
        var response = api.get("/api/v1/quotes?q=kazakhstan&size=2");
        var page = response.json();

        assertThat(page.get("sort").asString()).isEqualTo("newest");
        assertThat(page.get("totalRelation").asString()).isEqualTo("gte");
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("match").get("snippet").asString()).containsIgnoringCase("<mark>kazakhstan</mark>");
        var links = response.headers().firstValue("Link").orElseThrow();
        assertThat(links).contains("rel=\"first\"").contains("page=1&size=2>; rel=\"next\"").doesNotContain("rel=\"last\"");

        // Newest first is the order of /quotes without q: the same quotes, in the same order.
        assertThat(ids(everyPage("/api/v1/quotes?q=kazakhstan&size=2")))
                .isEqualTo(ids(everyPage("/api/v1/quotes?q=kazakhstan&sort=newest&size=2")))
                .hasSize(5);
    }

    @Test
    void anExplicitRelevanceSortRanksAndCountsEveryMatch() {
        var page = api.get("/api/v1/quotes?q=kazakhstan&sort=relevance&size=2").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.has("totalRelation")).isFalse();
        assertThat(page.has("sort")).as("the client chose the order").isFalse();
        var ranks = new ArrayList<Double>();
        everyPage("/api/v1/quotes?q=kazakhstan&sort=relevance&size=2").forEach(q -> ranks.add(q.get("match").get("rank").asDouble()));
        assertThat(ranks).hasSize(5).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aNarrowQueryIsRankedAndCountedExactly() {
        // "transit" matches 2: ranked, with an exact total and a last page.
        var response = api.get("/api/v1/quotes?q=transit&article=" + SEED);
        var page = response.json();

        assertThat(page.get("sort").asString()).isEqualTo("relevance");
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.has("totalRelation")).isFalse();
        assertThat(response.headers().firstValue("Link").orElseThrow()).contains("rel=\"last\"");
    }

    @Test
    void articleSearchFollowsTheSameRule() {
        for (int i = 1; i <= 3; i++) {
            var created = api.send("POST", "/api/v1/articles", "application/json",
                    "{\"slug\":\"railway-note-" + i + "\",\"headline\":\"Railway note " + i + "\",\"body\":\"The railway opened.\"}",
                    "Authorization", "Bearer " + tokens.editor());
            assertThat(created.status()).as(created.body()).isIn(200, 201);
        }

        // "railway" is in the seed and the three notes: 4 matches, more than 2.
        var broad = api.get("/api/v1/articles?q=railway&size=2");
        assertThat(broad.json().get("sort").asString()).isEqualTo("newest");
        assertThat(broad.json().get("totalRelation").asString()).isEqualTo("gte");
        assertThat(broad.json().get("totalElements").asLong()).isEqualTo(3);
        assertThat(broad.headers().firstValue("Link").orElseThrow()).contains("rel=\"next\"").doesNotContain("rel=\"last\"");
        assertThat(slugs(everyPage("/api/v1/articles?q=railway&size=2")))
                .isEqualTo(slugs(everyPage("/api/v1/articles?q=railway&sort=newest&size=2")))
                .containsExactly(SEED, "railway-note-3", "railway-note-2", "railway-note-1");

        var ranked = api.get("/api/v1/articles?q=railway&sort=relevance").json();
        assertThat(ranked.get("totalElements").asLong()).isEqualTo(4);
        assertThat(ranked.has("totalRelation")).isFalse();
        assertThat(ranked.get("items").get(0).get("match").get("snippet").asString()).containsIgnoringCase("<mark>railway</mark>");
        assertThat(api.get("/api/v1/articles?sort=relevance").status()).as("relevance needs q").isEqualTo(400);
    }

    private static List<String> slugs(List<JsonNode> articles) {
        return articles.stream().map(a -> a.get("slug").asString()).toList();
    }

    private List<JsonNode> everyPage(String path) {
        var items = new ArrayList<JsonNode>();
        for (int page = 0; page < 10; page++) {
            var body = api.get(path + "&page=" + page).json();
            body.get("items").forEach(items::add);
            if (body.get("items").size() < body.get("size").asInt()) {
                break;
            }
        }
        return items;
    }

    private static List<Long> ids(List<JsonNode> quotes) {
        return quotes.stream().map(q -> q.get("id").asLong()).toList();
    }
}
