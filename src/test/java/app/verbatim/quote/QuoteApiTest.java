package app.verbatim.quote;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class QuoteApiTest {

    @Autowired
    Api api;

    @ParameterizedTest
    @ValueSource(strings = {"aliyev", "ALIYEV", "ilham-aliyev", "Ilham%20Aliyev", "the%20azerbaijani%20president", "President%20Aliyev"})
    void findsAliyevsQuotesByIdNameOrAnyAliasIgnoringCase(String speaker) {
        var page = api.get("/api/v1/quotes?speaker=" + speaker + "&size=100").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(12);
        assertThat(speakers(page)).containsOnly("ilham-aliyev");
    }

    @Test
    void findsNazarbayevByTheNameAliyevUsesForHim() {
        var page = api.get("/api/v1/quotes?speaker=Nursultan%20Abishevich").json();

        assertThat(speakers(page)).hasSize(2).containsOnly("nursultan-nazarbayev");
    }

    @Test
    void anUnknownSpeakerHasSaidNothing() {
        var response = api.get("/api/v1/quotes?speaker=putin");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
        assertThat(response.json().get("totalElements").asLong()).isZero();
    }

    @Test
    void combinesSpeakerKindAndArticleFilters() {
        var page = api.get("/api/v1/quotes?speaker=aliyev&kind=direct&article=vestnik-kavkaza-nazarbayev-baku").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(6);
        page.get("items").forEach(q -> assertThat(q.get("kind").asString()).isEqualTo("direct"));
        assertThat(api.get("/api/v1/quotes?article=another-article").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void pagesInAStableOrderThatCoversEveryQuoteOnce() {
        var seen = new ArrayList<Long>();
        for (int page = 0; page < 3; page++) {
            var json = api.get("/api/v1/quotes?size=5&page=" + page).json();
            assertThat(json.get("totalPages").asInt()).isEqualTo(3);
            json.get("items").forEach(q -> seen.add(q.get("id").asLong()));
        }

        assertThat(seen).hasSize(14).doesNotHaveDuplicates();
        assertThat(api.get("/api/v1/quotes?size=5&page=0").body()).isEqualTo(api.get("/api/v1/quotes?size=5&page=0").body());
        var first = api.get("/api/v1/quotes?size=1").json().get("items").get(0);
        assertThat(first.get("content").get("text").asString()).startsWith("he supports the UN Security Council");
    }

    @Test
    void clampsThePageSizeAtOneHundred() {
        assertThat(api.get("/api/v1/quotes?size=100000").json().get("size").asInt()).isEqualTo(100);
    }

    @Test
    void servesOneQuoteAndAPersonsQuotes() {
        long id = api.get("/api/v1/quotes?size=1").json().get("items").get(0).get("id").asLong();

        assertThat(api.get("/api/v1/quotes/" + id).json().get("speaker").get("id").asString()).isEqualTo("nursultan-nazarbayev");
        assertThat(api.get("/api/v1/people/nursultan-nazarbayev/quotes").json().get("totalElements").asLong()).isEqualTo(2);
        assertThat(api.get("/api/v1/people/ilham-aliyev/quotes?kind=indirect").json().get("totalElements").asLong()).isEqualTo(6);
        assertThat(api.get("/api/v1/people/nobody/quotes").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/quotes/987654321").status()).isEqualTo(404);
    }

    private static List<String> speakers(JsonNode page) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(q -> ids.add(q.get("speaker").get("id").asString()));
        return ids;
    }
}
