package app.verbatim.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Reading people: their aliases and an approximate name search. */
@ApiTest
class PersonApiTest {

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
    void findsPeopleByAnApproximateNameOrAlias() {
        assertThat(ids(api.get("/api/v1/people?name=aliev").json())).containsExactly("ilham-aliyev");
        assertThat(ids(api.get("/api/v1/people?name=Abishevich").json())).containsExactly("nursultan-nazarbayev");
        assertThat(ids(api.get("/api/v1/people?name=nazarbaev").json())).containsExactly("nursultan-nazarbayev");
        assertThat(ids(api.get("/api/v1/people?name=zzyzx").json())).isEmpty();
    }

    private static List<String> ids(JsonNode page) {
        return ids(page, "id");
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
