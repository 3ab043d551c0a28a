package app.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Searching, filtering and sorting quotes. */
@ApiTest
class QuoteSearchApiTest {

    @Autowired
    Api api;

    @Test
    void searchesQuotesInWebSearchSyntaxWithARankAndAHighlightedSnippet() {
        var page = api.get("/api/v1/quotes?q=railway").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        var match = page.get("items").get(0).get("match");
        assertThat(match.get("rank").asDouble()).isPositive();
        assertThat(match.get("snippet").asString()).contains("Baku-Tbilisi-Kars <mark>railway</mark>");
        assertThat(total("/api/v1/quotes?q=railway%20-transit")).isZero();
        assertThat(total("/api/v1/quotes?q=%22transit%20of%20goods%22%20-oil")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?q=%22goods%20of%20transit%22")).isZero();
        assertThat(total("/api/v1/quotes?q=cooperation")).isGreaterThan(1);
    }

    @Test
    void ranksTheBestMatchFirst() {
        var ranks = new ArrayList<Double>();
        api.get("/api/v1/quotes?q=cooperation%20bilateral").json().get("items")
                .forEach(q -> ranks.add(q.get("match").get("rank").asDouble()));

        assertThat(ranks).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void combinesQuoteFilters() {
        assertThat(total("/api/v1/quotes?speaker=aliyev&speaker=nazarbayev")).isEqualTo(14);
        assertThat(total("/api/v1/quotes?cue=STRESSED")).isEqualTo(4);
        assertThat(total("/api/v1/quotes?cue=according%20to")).isEqualTo(2);
        assertThat(total("/api/v1/quotes?topic=transit")).isEqualTo(2);
        assertThat(total("/api/v1/quotes?topic=transit&kind=direct")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?place=baku")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?organization=un-security-council")).isEqualTo(3);
        assertThat(total("/api/v1/quotes?organization=un-security-council&speaker=nazarbayev")).isEqualTo(1);
        assertThat(total("/api/v1/quotes?from=2017-04-01&to=2017-04-30")).isEqualTo(14);
        assertThat(total("/api/v1/quotes?from=2018-01-01")).isZero();
        assertThat(total("/api/v1/quotes?to=2017-04-03")).as("to includes the day").isEqualTo(14);
        assertThat(total("/api/v1/quotes?to=2017-04-02")).isZero();
        assertThat(total("/api/v1/quotes?q=kazakhstan&to=2017-04-03")).isEqualTo(5);
        assertThat(total("/api/v1/quotes?q=cooperation&speaker=nazarbayev")).isZero();
    }

    @Test
    void sortsQuotesOldestOrNewestAndKeepsTheArticlesOrderWithinOne() {
        var newest = ids(api.get("/api/v1/quotes?sort=newest&size=100").json(), "id");
        var oldest = ids(api.get("/api/v1/quotes?sort=oldest&size=100").json(), "id");

        assertThat(newest).hasSize(14).isEqualTo(oldest); // one article: its own order either way
    }

    private long total(String path) {
        return api.get(path).json().get("totalElements").asLong();
    }

    private static List<String> ids(JsonNode page, String field) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }
}
