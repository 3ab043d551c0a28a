package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paging links, ETags, sync since an instant and CORS: what scripts and frontends build on. */
@ApiTest
class HttpConventionsApiTest {

    @Autowired
    Api api;

    @Test
    void linksEveryPageToItsNeighboursKeepingTheFilters() {
        var response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes?speaker=aliyev&size=5&page=1")).GET());
        String link = response.headers().firstValue("Link").orElseThrow();

        assertThat(link).contains("speaker=aliyev&page=0&size=5>; rel=\"first\"", "page=0&size=5>; rel=\"prev\"",
                "page=2&size=5>; rel=\"next\"", "page=2&size=5>; rel=\"last\"");
        var last = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes?speaker=aliyev&size=5&page=2")).GET());
        assertThat(last.headers().firstValue("Link").orElseThrow()).doesNotContain("rel=\"next\"");
    }

    @Test
    void answersARepeatedRequestWithTheSameEtagAndA304WithoutBody() {
        String path = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";
        var first = api.send(HttpRequest.newBuilder(api.uri(path)).GET());
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = api.send(HttpRequest.newBuilder(api.uri(path)).header("If-None-Match", etag).GET());
        var stale = api.send(HttpRequest.newBuilder(api.uri(path)).header("If-None-Match", "\"0123\"").GET());

        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
        assertThat(api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes?size=3")).GET()).headers().firstValue("ETag")).isPresent();
    }

    @Test
    void givesOnlyWhatChangedSinceAnInstant() {
        assertThat(total("/api/v1/quotes?updatedSince=2000-01-01T00:00:00Z")).isEqualTo(14);
        assertThat(total("/api/v1/quotes?updatedSince=2999-01-01T00:00:00%2B02:00")).isZero();
        assertThat(total("/api/v1/events?updatedSince=2999-01-01T00:00:00Z")).isZero();
        assertThat(total("/api/v1/people?updatedSince=2000-01-01T00:00:00Z")).isEqualTo(2);
        assertThat(total("/api/v1/places?updatedSince=2999-01-01T00:00:00Z")).isZero();
        assertThat(total("/api/v1/resolutions?updatedSince=2000-01-01T00:00:00Z")).isEqualTo(5);
        assertThat(total("/api/v1/articles?updatedSince=2999-01-01T00:00:00Z")).isZero();
    }

    @Test
    void letsAnyOriginReadButNoOriginWrite() {
        var read = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes")).header("Origin", "https://news.example").GET());
        var preflight = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes"))
                .header("Origin", "https://news.example").header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("https://news.example");
        assertThat(read.headers().firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("ETag", "Link");
        assertThat(preflight.status()).isEqualTo(403);
    }

    private long total(String path) {
        return api.get(path).json().get("totalElements").asLong();
    }
}
