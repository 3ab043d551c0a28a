package app.verbatim.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ApiTest
class CatalogAndEventApiTest {

    @Autowired
    Api api;

    @Test
    void servesPeopleWithTheAliasesTheTextUses() {
        var people = api.get("/api/v1/people").json().get("items");
        var aliyev = api.get("/api/v1/people/ilham-aliyev").json();

        assertThat(field(people, "id")).containsExactly("ilham-aliyev", "nursultan-nazarbayev");
        assertThat(aliyev.get("role").asString()).isEqualTo("President of Azerbaijan");
        assertThat(field(aliyev.get("aliases"), null)).contains("the Azerbaijani President", "President Aliyev");
        assertThat(field(api.get("/api/v1/people/nursultan-nazarbayev").json().get("aliases"), null))
                .contains("Nursultan Abishevich", "the President of Kazakhstan");
    }

    @Test
    void servesPlacesOrganizationsAndTopicsByName() {
        assertThat(field(api.get("/api/v1/places?size=100").json().get("items"), "id"))
                .contains("baku", "astana", "port-of-kuryk", "baku-tbilisi-kars-railway").hasSize(9);
        assertThat(api.get("/api/v1/places/baku").json().get("kind").asString()).isEqualTo("city");
        assertThat(api.get("/api/v1/organizations/un-security-council").json().get("name").asString()).isEqualTo("UN Security Council");
        assertThat(api.get("/api/v1/topics/transit").json().get("name").asString()).isEqualTo("Transit and transport");
        assertThat(api.get("/api/v1/topics/baku").status()).isEqualTo(404);
    }

    @Test
    void servesResolutionsWithInferredNumbersMarkedAsSuch() {
        var items = api.get("/api/v1/resolutions").json().get("items");

        assertThat(items).hasSize(5);
        var first = items.get(0);
        assertThat(first.get("identifier").get("value").asString()).isEqualTo("822");
        assertThat(first.get("identifier").get("stated").asBoolean()).isFalse();
        assertThat(first.get("identifier").get("source").asString()).contains("four resolutions");
        assertThat(first.get("demands").get("span").get("text").asString())
                .isEqualTo("the immediate and unconditional withdrawal of Armenian forces from the occupied territories");
        var declaration = items.get(4);
        assertThat(declaration.get("kind").asString()).isEqualTo("joint_declaration");
        assertThat(declaration.get("identifier").isNull()).isTrue();
        assertThat(api.get("/api/v1/resolutions/" + first.get("id").asLong()).json().get("title").asString())
                .isEqualTo("UN Security Council Resolution 822");
    }

    @Test
    void listsEventsEarliestFirstAndFiltersByKindPlaceAndDates() {
        var all = api.get("/api/v1/events").json().get("items");

        assertThat(field(all, "kind")).startsWith("election").hasSize(9);
        assertThat(field(api.get("/api/v1/events?kind=commissioning").json().get("items"), "status")).containsExactly("planned");
        assertThat(field(api.get("/api/v1/events?place=baku").json().get("items"), "kind"))
                .containsExactlyInAnyOrder("talks", "statement", "signing", "meeting");
        assertThat(field(api.get("/api/v1/events?from=2017-05-20&to=2017-05-21").json().get("items"), "kind"))
                .containsExactlyInAnyOrder("meeting", "commissioning", "anniversary");
        assertThat(field(api.get("/api/v1/events?to=2017-01-01").json().get("items"), "kind"))
                .containsExactlyInAnyOrder("election", "shipment", "anniversary", "commissioning");
        assertThat(api.get("/api/v1/events?place=atlantis").json().get("items")).isEmpty();
        long id = all.get(0).get("id").asLong();
        assertThat(api.get("/api/v1/events/" + id).json().get("title").asString()).contains("UN Security Council");
    }

    private static List<String> field(JsonNode array, String name) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(name == null ? n.asString() : n.get(name).asString()));
        return values;
    }
}
