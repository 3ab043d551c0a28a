package app.verbatim.person;

import static app.verbatim.support.Writes.SEED;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Editing and deleting people, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class PersonWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theArticleModelShowsAnEditToAPersonItNamesAtOnce() {
        var before = api.get(SEED);
        var person = api.get("/api/v1/people/nursultan-nazarbayev");

        var patched = api.send("PATCH", "/api/v1/people/nursultan-nazarbayev", PATCH, "{\"role\":\"President of the Republic of Kazakhstan\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", person.etag());
        var after = api.get(SEED);
        var revalidated = api.send(HttpRequest.newBuilder(api.uri(SEED)).header("If-None-Match", before.etag()).GET());

        assertThat(patched.status()).isEqualTo(200);
        assertThat(after.etag()).isNotEqualTo(before.etag());
        assertThat(revalidated.status()).isEqualTo(200);
        assertThat(after.json().get("people").get(0).get("role").asString()).isEqualTo("President of the Republic of Kazakhstan");
        api.send("PATCH", "/api/v1/people/nursultan-nazarbayev", PATCH, "{\"role\":\"President of Kazakhstan\"}",
                "Authorization", "Bearer " + tokens.editor(), "If-Match", patched.etag());
    }

    @Test
    void refusesToDeleteAPersonWhoIsStillQuoted() {
        var etag = api.get("/api/v1/people/nursultan-nazarbayev").etag();

        var response = api.send("DELETE", "/api/v1/people/nursultan-nazarbayev", JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", etag);

        assertThat(response.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/people/nursultan-nazarbayev").status()).isEqualTo(200);
    }

    @Test
    void concurrentEditorsOfOnePersonLoseNoUpdate() throws Exception {
        int editors = 8;
        var created = api.send("POST", "/api/v1/people", JSON,
                "{\"id\":\"contested\",\"name\":\"Contested Person\",\"aliases\":[]}", "Authorization", "Bearer " + tokens.editor());
        assertThat(created.status()).isEqualTo(201);
        var conflicts = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(editors)) {
            var done = new ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < editors; i++) {
                String alias = "alias " + i;
                done.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 100; attempt++) {
                        var current = api.get("/api/v1/people/contested");
                        var aliases = new ArrayList<String>();
                        current.json().get("aliases").forEach(a -> aliases.add(a.asString()));
                        aliases.add(alias);
                        var patch = api.send("PATCH", "/api/v1/people/contested", PATCH,
                                "{\"aliases\":" + json.writeValueAsString(aliases) + "}", "Authorization", "Bearer " + tokens.editor(), "If-Match", current.etag());
                        if (patch.status() == 200) {
                            return;
                        }
                        assertThat(patch.status()).isEqualTo(412);
                        conflicts.incrementAndGet();
                    }
                    throw new AssertionError("gave up after 100 attempts");
                }));
            }
            for (var future : done) {
                future.get();
            }
        }
        var aliases = new ArrayList<String>();
        api.get("/api/v1/people/contested").json().get("aliases").forEach(a -> aliases.add(a.asString()));

        assertThat(aliases).containsExactlyInAnyOrder("alias 0", "alias 1", "alias 2", "alias 3", "alias 4", "alias 5", "alias 6", "alias 7");
        assertThat(conflicts.get()).as("stale writes refused").isPositive();
    }
}
