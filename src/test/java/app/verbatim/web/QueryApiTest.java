package app.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Search, filters, paging links, sync and formats: what scripts and frontends build on. */
@ApiTest
class QueryApiTest {

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
    void searchesArticlesByHeadlineAndBody() {
        var page = api.get("/api/v1/articles?q=de-occupation").json();

        assertThat(page.get("totalElements").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("match").get("snippet").asString()).contains("<mark>");
        assertThat(total("/api/v1/articles?q=volcano")).isZero();
        assertThat(api.get("/api/v1/articles").json().get("items").get(0).has("match")).isFalse();
    }

    @Test
    void findsPeopleByAnApproximateNameOrAlias() {
        assertThat(ids(api.get("/api/v1/people?name=aliev").json())).containsExactly("ilham-aliyev");
        assertThat(ids(api.get("/api/v1/people?name=Abishevich").json())).containsExactly("nursultan-nazarbayev");
        assertThat(ids(api.get("/api/v1/people?name=nazarbaev").json())).containsExactly("nursultan-nazarbayev");
        assertThat(ids(api.get("/api/v1/people?name=zzyzx").json())).isEmpty();
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

    @Test
    void filtersEventsByStatusAndParticipantAndSortsLatestFirst() {
        assertThat(ids(api.get("/api/v1/events?status=planned").json(), "kind")).containsExactly("commissioning", "meeting");
        assertThat(ids(api.get("/api/v1/events?participant=nursultan-nazarbayev&status=past").json(), "kind"))
                .containsExactly("talks", "statement", "visit", "signing");
        assertThat(ids(api.get("/api/v1/events?sort=latest").json(), "kind")).startsWith("anniversary", "commissioning");
    }

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
    void exportsQuotesAsRfc4180CsvWithTheSameFilters() {
        var response = api.get("/api/v1/quotes?speaker=nazarbayev", "text/csv");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        var rows = csv(response.body());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("id", "article", "kind", "speaker_id");
        assertThat(rows.get(2).get(7)).startsWith("In this connection, I once again emphasize").endsWith("peacefully,");
        assertThat(response.body()).contains("\r\n").doesNotContain("\n\n");
    }

    @Test
    void exportsEventsAsCsv() {
        var rows = csv(api.get("/api/v1/events?status=planned", "text/csv").body());

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains("commissioning", "planned", "year");
    }

    @Test
    void describesTheArticleAsSchemaOrgJsonLdThatExpandsOffline() throws Exception {
        var response = api.get("/api/v1/articles/vestnik-kavkaza-nazarbayev-baku", "application/ld+json");

        assertThat(response.contentType()).startsWith("application/ld+json");
        var expanded = JsonLd.expand(JsonDocument.of(new StringReader(response.body()))).get();
        String all = expanded.toString();
        assertThat(expanded).hasSize(1);
        assertThat(all).contains("https://schema.org/NewsArticle", "https://schema.org/Quotation", "https://schema.org/Person",
                "https://schema.org/Event", "https://schema.org/Legislation", "https://schema.org/creator",
                "https://schema.org/isPartOf");
        var node = response.json();
        assertThat(node.get("hasPart")).hasSize(14);
        assertThat(node.get("citation")).hasSize(5);
        assertThat(node.get("citation").get(0).get("description").asString()).startsWith("Identifier not stated in the article");
    }

    @Test
    void describesQuotesPeopleAndEventsAsJsonLd() {
        var quotes = api.get("/api/v1/quotes?speaker=nazarbayev", "application/ld+json").json();
        assertThat(quotes.get("@type").asString()).isEqualTo("ItemList");
        assertThat(quotes.get("itemListElement").get(0).get("item").get("creator").get("name").asString()).isEqualTo("Nursultan Nazarbayev");
        assertThat(api.get("/api/v1/people/ilham-aliyev", "application/ld+json").json().get("@type").asString()).isEqualTo("Person");
        var events = api.get("/api/v1/events?kind=meeting", "application/ld+json").json();
        var meeting = events.get("itemListElement").get(0).get("item");
        assertThat(meeting.get("startDate").asString()).isEqualTo("2017-05");
        assertThat(meeting.get("eventStatus").asString()).isEqualTo("https://schema.org/EventScheduled");
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

    private static List<String> ids(JsonNode page) {
        return ids(page, "id");
    }

    private static List<String> ids(JsonNode page, String field) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. */
    private static List<List<String>> csv(String text) {
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
