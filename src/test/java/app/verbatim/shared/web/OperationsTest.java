package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class OperationsTest {

    @Autowired
    Api api;

    @Test
    void reportsLivenessAndReadiness() {
        assertThat(api.get("/actuator/health/liveness").json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void exposesNoOtherActuatorEndpoint() {
        for (String endpoint : new String[] {"env", "beans", "configprops", "heapdump", "metrics", "mappings"}) {
            var response = api.get("/actuator/" + endpoint);
            assertThat(response.status()).as(endpoint).isEqualTo(404);
            assertThat(response.contentType()).as(endpoint).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).as(endpoint).isEqualTo("urn:verbatim:problem:not-found");
        }
    }

    @Test
    void describesEveryResourceInTheOpenApiDocument() {
        var doc = api.get("/v3/api-docs").json();
        var paths = new ArrayList<String>();
        doc.get("paths").propertyNames().forEach(paths::add);

        assertThat(paths).containsExactlyInAnyOrder("/api/v1/articles", "/api/v1/articles/{slug}", "/api/v1/quotes",
                "/api/v1/quotes/{id}", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/{id}/quotes",
                "/api/v1/resolutions", "/api/v1/resolutions/{id}", "/api/v1/events", "/api/v1/events/{id}",
                "/api/v1/places", "/api/v1/places/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}",
                "/api/v1/topics", "/api/v1/topics/{id}", "/api/v1/articles/import", "/api/v1/articles/{slug}/history",
                "/api/v1/articles/{slug}/quotes", "/api/v1/articles/{slug}/events", "/api/v1/articles/{slug}/resolutions",
                "/api/v1/tokens", "/api/v1/tokens/{id}", "/api/v1/changes", "/api/v1/drafts", "/api/v1/drafts/bulk");
        for (String catalog : new String[] {"places", "organizations", "topics"}) {
            assertThat(doc.get("paths").get("/api/v1/" + catalog).has("post")).as(catalog).isTrue();
            assertThat(doc.get("paths").get("/api/v1/" + catalog + "/{id}").has("patch")).as(catalog).isTrue();
            assertThat(doc.get("paths").get("/api/v1/" + catalog + "/{id}").has("delete")).as(catalog).isTrue();
        }
        var quoteParameters = new ArrayList<String>();
        doc.get("paths").get("/api/v1/quotes").get("get").get("parameters").forEach(p -> quoteParameters.add(p.get("name").asString()));
        assertThat(quoteParameters).containsExactlyInAnyOrder("speaker", "kind", "cue", "article", "topic", "place",
                "organization", "from", "to", "q", "updatedSince", "sort", "page", "size");
        assertThat(doc.get("paths").get("/api/v1/quotes").get("get").get("responses").get("200").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/json", "application/ld+json", "text/csv");
        var quoteGet = doc.get("paths").get("/api/v1/quotes").get("get");
        assertThat(quoteGet.get("parameters").get(1).get("schema").get("enum").toString()).isEqualTo("[\"direct\",\"indirect\"]");
        assertThat(quoteGet.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
        assertThat(doc.get("components").get("schemas").get("EventView").get("properties").get("status").get("enum").toString())
                .isEqualTo("[\"past\",\"ongoing\",\"planned\"]");
    }

    @Test
    void servesSwaggerUi() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
