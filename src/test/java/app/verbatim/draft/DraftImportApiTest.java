package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.document.DocumentImporter;
import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts in the service, against what Verbatim holds (the seed, and what the tests add): people
 * and catalog entries already stored are linked, not duplicated, and a draft imports as it is.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=drafts")
class DraftImportApiTest {

    private static final String JSON = "application/json";

    @Autowired
    Drafter drafter;
    @Autowired
    DocumentImporter importer;
    @Autowired
    JsonMapper json;
    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    @Test
    void draftsTheSeedsRawTextIntoADocumentThatImportsWith201() throws IOException {
        var draft = drafter.draft(new DraftRequest(read("/seed/vestnik-kavkaza-nazarbayev-baku.txt"), null, "Vestnik Kavkaza", null,
                "en", LocalDate.of(2017, 4, 3)));

        assertThat(importer.validate(draft.document())).isEmpty();
        long aliyevQuotes = api.get("/api/v1/people/ilham-aliyev/quotes?size=1").json().get("totalElements").asLong();
        var response = api.send("POST", "/api/v1/articles", JSON, json.writeValueAsString(draft.document()),
                "Authorization", "Bearer " + tokens.editor());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var stored = api.get("/api/v1/articles/" + draft.document().slug()).json();
        assertThat(stored.get("quotes").size()).isEqualTo(draft.document().quotes().size());
        // The two presidents are the seed's, so their quotes are found across both articles.
        assertThat(api.get("/api/v1/people?name=aliyev").json().get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/people/ilham-aliyev/quotes?size=1").json().get("totalElements").asLong())
                .isEqualTo(aliyevQuotes + draft.document().quotes().stream().filter(q -> q.speaker().id().equals("ilham-aliyev")).count());
    }

    @Test
    void linksAPersonVerbatimHoldsByNameAndKeepsTheStoredName() {
        var draft = drafter.draft(new DraftRequest("Aliyev in Astana\n\nIlham Aliyev said that the talks in Astana went well.",
                null, null, null, "en", LocalDate.of(2018, 5, 2))).document();

        var aliyev = draft.people().stream().filter(p -> p.id().equals("ilham-aliyev")).findFirst().orElseThrow();
        assertThat(aliyev.name()).isEqualTo("Ilham Aliyev");
        assertThat(aliyev.role()).isEqualTo("President of Azerbaijan");
        assertThat(draft.quotes()).singleElement().satisfies(q -> assertThat(q.speaker().id()).isEqualTo("ilham-aliyev"));
        var astana = draft.places().stream().filter(p -> p.id().equals("astana")).findFirst().orElseThrow();
        assertThat(astana.kind()).isEqualTo("city");
    }

    @Test
    void linksANearMatchOfAStoredPersonAndListsItForReview() {
        var draft = drafter.draft(new DraftRequest("Talks\n\nNursultan Nazarbaev said that the commission will meet in June.",
                null, null, null, "en", LocalDate.of(2017, 4, 3)));

        var person = draft.document().people().getFirst();
        assertThat(person.id()).isEqualTo("nursultan-nazarbayev");
        assertThat(person.name()).isEqualTo("Nursultan Nazarbayev");
        assertThat(person.aliases()).contains("Nursultan Nazarbaev");
        assertThat(draft.review()).anySatisfy(r -> {
            assertThat(r.path()).isEqualTo("people/0");
            assertThat(r.rule()).isEqualTo("person.near_match");
            assertThat(r.confidence()).isBetween(0.6, 0.99);
        });
    }

    @Test
    void linksAProposedPlaceToTheCatalogEntryOfTheSameId() {
        var created = api.send("POST", "/api/v1/places", JSON,
                "{\"id\":\"port-of-aktau\",\"name\":\"Aktau International Sea Trade Port\",\"kind\":\"port\",\"country\":\"Kazakhstan\"}",
                "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var draft = drafter.draft(new DraftRequest("Cargo\n\nA week ago the first ferry left the port of Aktau for Baku.",
                null, null, null, "en", LocalDate.of(2019, 9, 10)));

        var places = draft.document().places();
        var port = places.stream().filter(p -> p.id().equals("port-of-aktau")).findFirst().orElseThrow();
        assertThat(port.name()).isEqualTo("Aktau International Sea Trade Port");
        assertThat(draft.review()).noneSatisfy(r -> assertThat(r.path()).isEqualTo("places/" + places.indexOf(port)));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = DraftImportApiTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
