package app.verbatim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reading places, organizations and topics. */
@ApiTest
class CatalogApiTest {

    @Autowired
    Api api;

    @Test
    void servesPlacesOrganizationsAndTopicsByName() {
        assertThat(field(api.get("/api/v1/places?size=100").json().get("items"), "id"))
                .contains("baku", "astana", "port-of-kuryk", "baku-tbilisi-kars-railway").hasSize(9);
        assertThat(api.get("/api/v1/places/baku").json().get("kind").asString()).isEqualTo("city");
        assertThat(api.get("/api/v1/organizations/un-security-council").json().get("name").asString()).isEqualTo("UN Security Council");
        assertThat(api.get("/api/v1/topics/transit").json().get("name").asString()).isEqualTo("Transit and transport");
        assertThat(api.get("/api/v1/topics/baku").status()).isEqualTo(404);
    }

    private static List<String> field(JsonNode array, String name) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(name == null ? n.asString() : n.get(name).asString()));
        return values;
    }
}
