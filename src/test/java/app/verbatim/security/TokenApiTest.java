package app.verbatim.security;

import static app.verbatim.support.Writes.article;
import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Who may write: tokens, roles and their refusals, in the curation database. */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=curation")
class TokenApiTest {

    private static final String JSON = "application/json";

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAWriteWithoutATokenWith401AndAChallenge() {
        var response = api.send("POST", "/api/v1/articles", JSON, article("no-token", "Body."));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:unauthenticated");
        var forged = api.send("POST", "/api/v1/articles", JSON, article("no-token", "Body."), "Authorization", "Bearer vbt_forged");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
        assertThat(count("select count(*) from article where slug = 'no-token'")).isZero();
    }

    @Test
    void letsAnEditorWriteButOnlyAnAdminDelete() {
        assertThat(post("editor-writes", "An editor's article.").status()).isEqualTo(201);
        var etag = api.get("/api/v1/articles/editor-writes").etag();

        var asEditor = api.send("DELETE", "/api/v1/articles/editor-writes", JSON, "", "Authorization", "Bearer " + tokens.editor(), "If-Match", etag);
        var tokensAsEditor = api.send("GET", "/api/v1/tokens", JSON, "", "Authorization", "Bearer " + tokens.editor());

        assertThat(asEditor.status()).isEqualTo(403);
        assertThat(asEditor.json().get("type").asString()).isEqualTo("urn:verbatim:problem:forbidden");
        assertThat(tokensAsEditor.status()).isEqualTo(403);
        assertThat(api.send("DELETE", "/api/v1/articles/editor-writes", JSON, "", "Authorization", "Bearer " + tokens.admin(), "If-Match", etag).status())
                .isEqualTo(204);
    }

    @Test
    void anAdminIssuesAndRevokesTokens() {
        var issued = api.send("POST", "/api/v1/tokens", JSON, "{\"name\":\"script\",\"role\":\"editor\"}", "Authorization", "Bearer " + tokens.admin());
        String secret = issued.json().get("token").asString();
        long id = issued.json().get("id").asLong();

        assertThat(issued.status()).isEqualTo(201);
        assertThat(post("by-script", "Text.", secret).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/tokens").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/v1/tokens", JSON, "", "Authorization", "Bearer " + tokens.admin()).body()).doesNotContain(secret);
        assertThat(count("select count(*) from api_token where token_hash = '" + secret + "'")).isZero();
        assertThat(api.send("DELETE", "/api/v1/tokens/" + id, JSON, "", "Authorization", "Bearer " + tokens.admin()).status()).isEqualTo(204);
        assertThat(post("by-revoked", "Text.", secret).status()).isEqualTo(401);
    }

    private Api.Response post(String slug, String body) {
        return post(slug, body, tokens.editor());
    }

    private Api.Response post(String slug, String body, String token) {
        return api.send("POST", "/api/v1/articles", JSON, document(slug, body), "Authorization", "Bearer " + token);
    }

    private String document(String slug, String body) {
        return article(slug, body);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
