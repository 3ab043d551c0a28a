package app.verbatim.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The served OpenAPI document is the contract: {@link Api} holds every answer the tests receive
 * to it. These tests show that the check bites, and that what the document says of credentials
 * is what the service does.
 */
@ApiTest
class ContractTest {

    private static final String SEED = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";

    @Autowired
    Api api;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theSeedArticleAsServedFitsTheDocument() {
        var response = api.get(SEED);

        assertThat(api.contract().violations("GET", api.uri(SEED), response.status(), response.contentType(), response.body())).isEmpty();
    }

    @Test
    void aNullInAFieldTheDocumentSaysIsNeverNullIsCaughtNamingOperationStatusAndField() {
        var model = (ObjectNode) api.get(SEED).json();
        model.putNull("headline");

        var violations = api.contract().violations("GET", api.uri(SEED), 200, "application/json", json.writeValueAsString(model));

        assertThat(violations).hasSize(1);
        assertThat(violations.getFirst()).contains("GET /api/v1/articles/{slug}", "answered 200", "headline", "null");
    }

    @Test
    void aMissingRequiredFieldAWrongEnumValueAndABadDateAreCaught() {
        var page = (ObjectNode) api.get("/api/v1/events").json();
        var event = (ObjectNode) page.get("items").get(0);
        event.remove("title");
        event.put("status", "PAST");
        ((ObjectNode) event.get("when")).put("earliest", "3 May 2017");

        var violations = api.contract().violations("GET", api.uri("/api/v1/events"), 200, "application/json", json.writeValueAsString(page));

        assertThat(String.join("\n", violations)).contains("title", "status", "earliest");
    }

    @Test
    void anUndeclaredStatusOrMediaTypeIsCaught() {
        var uri = api.uri(SEED);

        assertThat(api.contract().violations("GET", uri, 418, "application/problem+json", "{}"))
                .singleElement().asString().contains("status not declared");
        assertThat(api.contract().violations("GET", uri, 200, "text/html", "<p>hi</p>"))
                .singleElement().asString().contains("media type not declared");
    }

    @Test
    void whatTheDocumentCallsPublicAnswersWithoutATokenAndEveryOtherOperationAsksForOne() {
        JsonNode document = json.readTree(api.get("/v3/api-docs").body());
        var wrong = new ArrayList<String>();
        int checked = 0;
        for (var path : document.get("paths").propertyNames()) {
            var item = document.get("paths").get(path);
            for (var method : List.of("get", "put", "post", "delete", "patch")) {
                var operation = item.get(method);
                if (operation == null || method.equals("get") && path.equals("/api/v1/changes")) {
                    continue; // the live stream of /changes never ends; its page is the same operation
                }
                boolean isPublic = operation.get("security").isEmpty();
                String concrete = path.replaceAll("\\{[^}]+}", "no-such-id");
                var response = method.equals("get") ? api.get(concrete, "application/json")
                        : api.send(method.toUpperCase(), concrete, "application/json", "{}");
                checked++;
                if (isPublic == (response.status() == 401)) {
                    wrong.add(method.toUpperCase() + " " + path + ": security " + operation.get("security") + " but answered "
                            + response.status() + " without a token");
                }
            }
        }
        assertThat(checked).isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDocumentSaysWhichFieldsMayBeNullFromTheRecordsThemselves() {
        JsonNode schemas = json.readTree(api.get("/v3/api-docs").body()).get("components").get("schemas");

        // QuoteView's channel, PersonView's wikidataId, EventView's place are @Nullable in the records.
        assertThat(schemas.at("/QuoteView/properties/channel/anyOf/1/type").asString()).isEqualTo("null");
        assertThat(schemas.at("/PersonView/properties/wikidataId/type").toString()).contains("null");
        assertThat(schemas.at("/EventView/properties/place/anyOf/1/type").asString()).isEqualTo("null");
        assertThat(json.convertValue(schemas.at("/QuoteView/required"), List.class)).contains("id", "speaker", "content").doesNotContain("channel");
        assertThat(schemas.at("/TimeRef/properties/earliest/format").asString()).isEqualTo("date");
        assertThat(json.convertValue(schemas.at("/QuoteView/properties/kind/enum"), List.class)).containsExactly("direct", "indirect");
        assertThat(schemas.at("/ArticleModel/properties/url/format").asString()).isEqualTo("uri");
        assertThat(Map.of()).isEmpty();
        assertThat(URI.create(SEED)).isNotNull();
    }
}
