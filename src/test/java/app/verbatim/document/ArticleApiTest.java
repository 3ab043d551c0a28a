package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class ArticleApiTest {

    private static final String SEED = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";

    @Autowired
    Api api;

    @Test
    void listsArticleSummariesInThePagingEnvelopeWithoutTheirText() {
        var page = api.get("/api/v1/articles").json();

        assertThat(page.get("items").get(0).get("slug").asString()).isEqualTo("vestnik-kavkaza-nazarbayev-baku");
        assertThat(page.get("items").get(0).has("body")).isFalse();
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void servesTheWholeArticleModelInOneDocument() {
        var response = api.get(SEED);
        var model = response.json();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(model.get("headline").asString()).isEqualTo("Nazarbayev supports de-occupation of Azerbaijani territories");
        assertThat(model.get("publisher").asString()).isEqualTo("Vestnik Kavkaza");
        assertThat(model.get("published").get("precision").asString()).isEqualTo("day");
        assertThat(model.get("published").get("stated").asBoolean()).isFalse();
        assertThat(model.get("body").asString()).startsWith("Nazarbayev supports").endsWith("on YouTube");
        assertThat(model.get("paragraphs")).hasSize(15);
        assertThat(model.get("paragraphs").get(1).get("kind").asString()).isEqualTo("repeated_heading");
        assertThat(model.get("people")).hasSize(2);
        assertThat(model.get("quotes")).hasSize(14);
        assertThat(model.get("resolutions")).hasSize(5);
        assertThat(model.get("events")).hasSize(9);
        assertThat(model.get("places")).hasSize(9);
        assertThat(model.get("organizations")).hasSize(6);
        assertThat(model.get("topics")).hasSize(8);
        assertThat(model.get("notes")).hasSize(14);
    }

    @Test
    void eachQuoteNamesItsSpeakerAndCarriesItsThreeSpans() {
        var quotes = api.get(SEED).json().get("quotes");

        for (JsonNode quote : quotes) {
            assertThat(quote.get("speaker").get("id").asString()).isIn("ilham-aliyev", "nursultan-nazarbayev");
            assertThat(quote.get("speaker").get("name").asString()).isIn("Ilham Aliyev", "Nursultan Nazarbayev");
            assertThat(quote.get("kind").asString()).isIn("direct", "indirect");
            for (String role : List.of("source", "cue", "content")) {
                assertThat(quote.get(role).get("end").asInt()).isGreaterThan(quote.get(role).get("start").asInt());
            }
        }
        var first = quotes.get(0);
        assertThat(first.get("source").get("text").asString()).isEqualTo("Kazakh President Nursultan Nazarbayev");
        assertThat(first.get("cue").get("text").asString()).isEqualTo("said");
        var cited = quotes.get(3);
        assertThat(cited.get("channel").get("name").asString()).isEqualTo("the official website");
    }

    @Test
    void spansInTheModelSliceTheBodyByCodePoints() {
        var model = api.get(SEED).json();
        int[] body = model.get("body").asString().codePoints().toArray();
        var spans = new ArrayList<JsonNode>();
        model.get("quotes").forEach(q -> List.of("source", "cue", "content").forEach(r -> spans.add(q.get(r))));
        model.get("events").forEach(e -> e.get("evidence").forEach(spans::add));
        model.get("people").forEach(p -> p.get("mentions").forEach(spans::add));

        assertThat(spans).hasSizeGreaterThan(60).allSatisfy(span -> {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            assertThat(new String(body, start, end - start)).isEqualTo(span.get("text").asString());
        });
    }

    @Test
    void showsTheTimelineWithThePrecisionTheTextGives() {
        var events = api.get(SEED).json().get("events");
        JsonNode railway = null;
        JsonNode commission = null;
        for (JsonNode e : events) {
            if (e.get("kind").asString().equals("commissioning")) {
                railway = e;
            }
            if (e.get("kind").asString().equals("meeting")) {
                commission = e;
            }
        }

        assertThat(railway).isNotNull();
        assertThat(railway.get("status").asString()).isEqualTo("planned");
        assertThat(railway.get("when").get("precision").asString()).isEqualTo("year");
        assertThat(railway.get("when").get("span").get("text").asString()).isEqualTo("this year");
        assertThat(commission).isNotNull();
        assertThat(commission.get("when").get("precision").asString()).isEqualTo("month");
        assertThat(commission.get("when").get("earliest").asString()).isEqualTo("2017-05-01");
        assertThat(commission.get("place").get("id").asString()).isEqualTo("baku");
        assertThat(commission.get("place").get("stated").asBoolean()).isTrue();
    }

    @Test
    void answersAnUnknownSlugWith404Problem() {
        var response = api.get("/api/v1/articles/no-such-article");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-found");
    }
}
