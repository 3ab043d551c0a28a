package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/** What an operator relies on: metrics where only they look, probes where they were, a request id to find a log by. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    @Autowired
    Api api;
    @Autowired
    Environment environment;
    @Autowired
    TestTokens tokens;

    @Test
    void servesPrometheusMetricsOnTheManagementPortOnly() {
        api.get("/api/v1/quotes?size=1");
        api.get("/api/v1/articles/vestnik-kavkaza-nazarbayev-baku");

        var scrape = api.send(HttpRequest.newBuilder(management("/actuator/prometheus")).GET());

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/api/v1/quotes\"")
                .contains("hikaricp_connections_pending")
                .contains("hikaricp_connections_active")
                .contains("verbatim_change_feed_listening 1.0")
                .contains("verbatim_changes_streams")
                .contains("verbatim_article_model_cache_total{result=\"miss\"}")
                .contains("verbatim_article_model_cache_total{result=\"hit\"}");
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(404);
        assertThat(api.get("/actuator/metrics").status()).isEqualTo(404);
    }

    @Test
    void timesEveryDraft() {
        long before = draftsCounted();

        var drafted = api.send("POST", "/api/v1/drafts", "text/plain; charset=utf-8",
                "Talks in Baku\n\n\"We agreed,\" Aliyev said.", "Authorization", "Bearer " + tokens.editor());

        assertThat(drafted.status()).isEqualTo(200);
        assertThat(draftsCounted()).isEqualTo(before + 1);
    }

    /** {@code verbatim_drafts_seconds_count} as scraped now, 0 before the first draft. */
    private long draftsCounted() {
        var scrape = api.send(HttpRequest.newBuilder(management("/actuator/prometheus")).GET()).body();
        return scrape.lines().filter(l -> l.startsWith("verbatim_drafts_seconds_count"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void answersTheProbesOnBothPorts() {
        for (var path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            assertThat(api.get(path).json().get("status").asString()).as(path).isEqualTo("UP");
            assertThat(api.send(HttpRequest.newBuilder(management(path)).GET()).json().get("status").asString()).as(path).isEqualTo("UP");
        }
    }

    @Test
    void namesTheCallersRequestIdInTheProblemAndItsLogLine(CapturedOutput output) {
        var response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes/987654321")).header("X-Request-Id", "sync-script:42").GET());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).contains("sync-script:42");
        assertThat(response.json().get("requestId").asString()).isEqualTo("sync-script:42");
        assertThat(output.getOut().lines().filter(line -> line.contains("sync-script:42")))
                .anySatisfy(line -> assertThat(line).contains("/api/v1/quotes/987654321").contains("404"));
    }

    @Test
    void replacesAnUnsafeRequestIdWithItsOwn() {
        var response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/people/nobody-at-all"))
                .header("X-Request-Id", "<script>alert(1)</script>").GET());

        String id = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(response.json().get("requestId").asString()).isEqualTo(id);
        assertThat(api.get("/api/v1/quotes?size=1").headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void namesTheRequestIdInProblemsWrittenOutsideSpringMvc() {
        var unauthenticated = api.send(HttpRequest.newBuilder(api.uri("/api/v1/people"))
                .header("X-Request-Id", "no-token-1").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.json().get("requestId").asString()).isEqualTo("no-token-1");

        var unknownPath = api.send(HttpRequest.newBuilder(api.uri("/no/such/page")).header("X-Request-Id", "lost-1").GET());
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("requestId").asString()).isEqualTo("lost-1");
    }

    private URI management(String path) {
        return URI.create("http://localhost:" + environment.getRequiredProperty("local.management.port") + path);
    }
}
