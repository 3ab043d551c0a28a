package app.verbatim.format;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The article, quotes, people and events as schema.org JSON-LD. */
@ApiTest
class JsonLdTest {

    @Autowired
    Api api;

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
}
