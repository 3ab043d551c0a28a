package app.verbatim.article;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Searching articles by headline and body. */
@ApiTest
class ArticleSearchApiTest {

    @Autowired
    Api api;

    @Test
    void searchesArticlesByHeadlineAndBody() {
        var page = api.get("/api/v1/articles?q=de-occupation").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("match").get("snippet").asString()).contains("<mark>");
        assertThat(total("/api/v1/articles?q=volcano")).isZero();
        assertThat(api.get("/api/v1/articles").json().get("items").get(0).has("match")).isFalse();
    }

    private long total(String path) {
        return api.get(path).json().get("totalElements").asLong();
    }
}
