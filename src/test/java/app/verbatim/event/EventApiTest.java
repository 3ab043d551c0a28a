package app.verbatim.event;

import static app.verbatim.support.Csv.csv;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reading events: order, filters and CSV. */
@ApiTest
class EventApiTest {

    @Autowired
    Api api;

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

    @Test
    void filtersEventsByStatusAndParticipantAndSortsLatestFirst() {
        assertThat(ids(api.get("/api/v1/events?status=planned").json(), "kind")).containsExactly("commissioning", "meeting");
        assertThat(ids(api.get("/api/v1/events?participant=nursultan-nazarbayev&status=past").json(), "kind"))
                .containsExactly("talks", "statement", "visit", "signing");
        assertThat(ids(api.get("/api/v1/events?sort=latest").json(), "kind")).startsWith("anniversary", "commissioning");
    }

    @Test
    void exportsEventsAsCsv() {
        var rows = csv(api.get("/api/v1/events?status=planned", "text/csv").body());

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).contains("commissioning", "planned", "year");
    }

    private static List<String> ids(JsonNode page, String field) {
        var ids = new ArrayList<String>();
        page.get("items").forEach(n -> ids.add(n.get(field).asString()));
        return ids;
    }

    private static List<String> field(JsonNode array, String name) {
        var values = new ArrayList<String>();
        array.forEach(n -> values.add(name == null ? n.asString() : n.get(name).asString()));
        return values;
    }
}
