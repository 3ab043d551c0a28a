package app.verbatim.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Writing catalog entries, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class CatalogWritesApiTest {

    private static final String JSON = "application/json";
    private static final String PATCH = "application/merge-patch+json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    @Test
    void createsEditsAndDeletesCatalogEntriesButKeepsThoseInUse() {
        var created = api.send("POST", "/api/v1/topics", JSON, "{\"id\":\"energy\",\"name\":\"Energy\"}", "Authorization", "Bearer " + tokens.editor());
        var taken = api.send("POST", "/api/v1/topics", JSON, "{\"id\":\"energy\",\"name\":\"Energy again\"}", "Authorization", "Bearer " + tokens.editor());
        var renamed = api.send("PATCH", "/api/v1/topics/energy", PATCH, "{\"name\":\"Energy policy\"}", "Authorization", "Bearer " + tokens.editor(),
                "If-Match", api.get("/api/v1/topics/energy").etag());
        var inUse = api.send("DELETE", "/api/v1/places/baku", JSON, "", "Authorization", "Bearer " + tokens.admin(),
                "If-Match", api.get("/api/v1/places/baku").etag());

        assertThat(created.status()).isEqualTo(201);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Energy policy");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/v1/topics/energy", JSON, "", "Authorization", "Bearer " + tokens.admin(),
                "If-Match", api.get("/api/v1/topics/energy").etag()).status()).isEqualTo(204);
    }
}
