package app.verbatim.shared.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI document lists every query parameter each read takes, with a description: a client
 * generated from it can send every filter, and none the service refuses. The expected names were
 * read from the document while each GET still declared its parameters one by one.
 */
@ApiTest
class QueryParameterDocumentTest {

    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("GET /api/v1/articles", "q, updatedSince, sort, page, size"),
            Map.entry("GET /api/v1/articles/{slug}", "slug(path)"),
            Map.entry("GET /api/v1/articles/{slug}/history", "slug(path), page, size"),
            Map.entry("GET /api/v1/changes", "after, size"),
            Map.entry("GET /api/v1/events", "kind, place, status, participant, from, to, updatedSince, sort, page, size"),
            Map.entry("GET /api/v1/events/{id}", "id(path)"),
            Map.entry("GET /api/v1/organizations", "updatedSince, page, size"),
            Map.entry("GET /api/v1/organizations/{id}", "id(path)"),
            Map.entry("GET /api/v1/people", "name, updatedSince, page, size"),
            Map.entry("GET /api/v1/people/{id}", "id(path)"),
            Map.entry("GET /api/v1/people/{id}/quotes",
                    "id(path), kind, cue, article, topic, place, organization, from, to, q, updatedSince, sort, page, size"),
            Map.entry("GET /api/v1/places", "updatedSince, page, size"),
            Map.entry("GET /api/v1/places/{id}", "id(path)"),
            Map.entry("GET /api/v1/quotes",
                    "speaker, kind, cue, article, topic, place, organization, from, to, q, updatedSince, sort, page, size"),
            Map.entry("GET /api/v1/quotes/{id}", "id(path)"),
            Map.entry("GET /api/v1/resolutions", "updatedSince, page, size"),
            Map.entry("GET /api/v1/resolutions/{id}", "id(path)"),
            Map.entry("GET /api/v1/tokens", ""),
            Map.entry("GET /api/v1/topics", "updatedSince, page, size"),
            Map.entry("GET /api/v1/topics/{id}", "id(path)"));

    @Autowired
    Api api;

    @Test
    void everyReadListsTheQueryAndPathParametersItTakesEachWithADescription() {
        var document = api.get("/v3/api-docs").json();
        var found = new TreeMap<String, Set<String>>();
        for (var path : document.get("paths").properties()) {
            var get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            var names = new TreeSet<String>();
            for (var parameter : get.path("parameters")) {
                String in = parameter.get("in").asString();
                if (in.equals("query") || in.equals("path")) {
                    names.add(parameter.get("name").asString() + (in.equals("path") ? "(path)" : ""));
                    if (in.equals("query")) {
                        assertThat(parameter.path("description").asString(""))
                                .as("description of %s in GET %s", parameter.get("name").asString(), path.getKey()).isNotBlank();
                        assertThat(parameter.path("required").asBoolean(false))
                                .as("%s in GET %s is optional", parameter.get("name").asString(), path.getKey()).isFalse();
                    }
                }
            }
            found.put("GET " + path.getKey(), names);
        }
        var expected = new TreeMap<String, Set<String>>();
        EXPECTED.forEach((operation, names) -> expected.put(operation, names.isEmpty() ? Set.of()
                : Arrays.stream(names.split(", ")).collect(Collectors.toCollection(TreeSet::new))));
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void theCatalogListsAreThreeDocumentedPaths() {
        var paths = api.get("/v3/api-docs").json().get("paths");
        for (String collection : new String[] {"places", "organizations", "topics"}) {
            assertThat(paths.has("/api/v1/" + collection)).as(collection).isTrue();
            assertThat(paths.get("/api/v1/" + collection).get("get").path("summary").asString("").toLowerCase(Locale.ROOT))
                    .contains(collection.substring(0, collection.length() - 1));
        }
    }
}
