package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.RawHttp;
import app.verbatim.support.TestTokens;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class ProblemApiTest {

    @Autowired
    Api api;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/quotes?kind=loud                     | kind
            /api/v1/quotes?page=abc                      | page
            /api/v1/quotes?page=-1                       | page
            /api/v1/quotes?page=99999999999              | page
            /api/v1/quotes?size=0                        | size
            /api/v1/quotes?size=-1                       | size
            /api/v1/quotes?speker=aliyev                 | speker
            /api/v1/quotes/abc                           | id
            /api/v1/quotes/99999999999999999999          | id
            /api/v1/events?from=2017-05-02&to=2017-05-01 | from
            /api/v1/events?from=May                      | from
            /api/v1/events/1.5                           | id
            /api/v1/people?nam=x                         | nam
            /api/v1/quotes?sort=loudest                  | sort
            /api/v1/quotes?sort=relevance                | sort
            /api/v1/quotes?updatedSince=yesterday        | updatedSince
            /api/v1/quotes?page=200&size=50              | page
            /api/v1/quotes?from=2017-05-02&to=2017-05-01 | from
            /api/v1/events?status=soon                   | status
            /api/v1/articles?updatedSince=2017           | updatedSince
            """)
    void answersAMalformedParameterWith400NamingIt(String path, String parameter) {
        var response = api.get(path);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-parameter");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).contains("'" + parameter + "'");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }

    @LocalServerPort
    int port;

    /** What Java's URI refuses to build, so it goes on a socket as written. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/quotes?sort=%u0041                               | sort
            /api/v1/quotes?from=%zz                                  | from
            /api/v1/quotes?page=%FF                                  | page
            /api/v1/quotes?q=%                                       | q
            /api/v1/quotes?q=%4                                      | q
            /api/v1/quotes?q=%ED%A0%80                               | q
            /api/v1/quotes?q=%C0%AF                                  | q
            /api/v1/quotes?q=%C3%28                                  | q
            /api/v1/quotes?speaker=%F4%90%80%80                      | speaker
            /api/v1/quotes?speaker=%E2%82                            | speaker
            /api/v1/people?%zz=1                                     | %zz
            /api/v1/people?%FF=1                                     | %FF
            /api/v1/quotes?=x                                        | ''
            /api/v1/quotes?=                                         | ''
            /api/v1/quotes?%00=1                                     | �
            /api/v1/events?kind=%00                                  | kind
            /api/v1/quotes?updatedSince=%2B999999999-12-31T23:59:59Z | updatedSince
            /api/v1/quotes?updatedSince=-999999999-01-01T00:00:00Z   | updatedSince
            /api/v1/articles?updatedSince=10000-01-01T00:00:00Z      | updatedSince
            /api/v1/people?updatedSince=0000-12-31T23:59:59Z         | updatedSince
            /api/v1/topics?updatedSince=%2B10000-01-01T00:00:00Z     | updatedSince
            /api/v1/quotes?from=%2B10000-01-01                       | from
            /api/v1/events?to=-0001-01-01                            | to
            /api/v1/events?from=0000-01-01                           | from
            /api/v1/quotes?page=2147483647                           | page
            /api/v1/quotes?page=2147483646&size=100                  | page
            /api/v1/events?page=2147483647&size=2147483647           | page
            /api/v1/people?page=-2147483648                          | page
            /api/v1/quotes?size=-2147483648                          | size
            /api/v1/quotes?page=9223372036854775808                  | page
            /actuator/health?x=%zz                                   | x
            """)
    void answersABrokenQueryStringWith400NamingTheParameter(String target, String parameter) {
        var response = RawHttp.get(port, target);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:verbatim:problem:invalid-parameter");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /api/v1/quotes?updatedSince=0001-01-01T00:00:00Z
            /api/v1/quotes?updatedSince=9999-12-31T23:59:59.999999-18:00
            /api/v1/quotes?updatedSince=2017-04-03t00:00:00z
            /api/v1/events?from=0001-01-01&to=9999-12-31
            /api/v1/quotes?from=
            /api/v1/quotes?page=99&size=100
            /api/v1/quotes?q=railway+transit
            """)
    void acceptsTheEdgesOfWhatIsValid(String target) {
        var response = RawHttp.get(port, target);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ;;;
            application/json;q=abc
            a/b/c
            application/xml
            """)
    void answersAnAcceptItCannotServeOrReadWith406ProblemAnyway(String accept) {
        for (String target : List.of("/api/v1/quotes", "/api/v1/quotes/1", "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku", "/v3/api-docs")) {
            var response = RawHttp.get(port, target, "Accept", accept);

            assertThat(response.status()).as(target).isEqualTo(406);
            assertThat(response.contentType()).as(target).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-acceptable");
        }
    }

    @Test
    void answersAMethodHttpDoesNotDefineWith501AndAVersionItDoesNotSpeakWith505TypedAsSuch() {
        var method = RawHttp.exchange(port, "FOO /api/v1/quotes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        var version = RawHttp.exchange(port, "GET /api/v1/quotes HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        var coding = RawHttp.send(port, "POST", "/api/v1/articles", "application/json", new byte[0], "Transfer-Encoding", "gzip");

        assertThat(method.status()).isEqualTo(501);
        assertThat(method.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-implemented");
        assertThat(version.status()).isEqualTo(505);
        assertThat(version.json().get("type").asString()).isEqualTo("urn:verbatim:problem:http-version-not-supported");
        assertThat(coding.status()).isEqualTo(501);
        assertThat(coding.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-implemented");
    }

    @Test
    void theListOfArticlesIsServedWhateverTheAccept() {
        var response = RawHttp.get(port, "/", "Accept", "application/xml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
    }

    @Test
    void theOpenApiDocumentNamesItsConfiguredServerNotTheRequestsHost() {
        var spoofed = RawHttp.exchange(port, "GET /v3/api-docs HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));

        assertThat(spoofed.status()).isEqualTo(200);
        assertThat(spoofed.json().get("servers").get(0).get("url").asString()).isEqualTo("/");
        assertThat(spoofed.body()).doesNotContain("evil.example");
    }

    @Test
    void refusesAParameterValueLongerThanAnyNameOrQueryNeeds() {
        var response = api.get("/api/v1/quotes?q=" + "railway%20".repeat(200));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            /api/v1/articles/nope
            /api/v1/people/nobody
            /api/v1/places/nowhere
            /api/v1/organizations/none
            /api/v1/topics/nothing
            /api/v1/resolutions/424242
            /api/v1/events/424242
            /api/v1/no-such-resource
            /no-such-page
            """)
    void answersWhatDoesNotExistWith404Problem(String path) {
        var response = api.get(path);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-found");
    }

    @Autowired
    TestTokens tokens;

    @Test
    void answersAWrongMethodWith405ProblemAndTheAllowedOnes() {
        var response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/quotes"))
                .header("Authorization", "Bearer " + tokens.admin()).method("PUT", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:method-not-allowed");
    }

    @Test
    void answersAnUnacceptableMediaTypeWith406Problem() {
        var response = api.get("/api/v1/quotes", "application/xml");

        assertThat(response.status()).isEqualTo(406);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:verbatim:problem:not-acceptable");
    }

    @Test
    void answersWhatTheContainerRejectsWithAProblemToo() {
        // An encoded slash is refused by the servlet container before Spring MVC sees the request.
        var response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/articles/a%2Fb")).GET());

        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
        assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void noParameterValueMakesTheServiceFail() {
        var values = List.of("", " ", "'", "\"", "%", "\\", "' or 1=1 --", "\u0000", "null", "-0", "9".repeat(40),
                "x".repeat(5000), "\uD83D\uDE00", "ä", "2017-02-30", "../../etc/passwd", "<script>");
        var paths = List.of("/api/v1/quotes?speaker=", "/api/v1/quotes?article=", "/api/v1/quotes?kind=",
                "/api/v1/quotes?page=", "/api/v1/quotes?size=", "/api/v1/events?kind=", "/api/v1/events?place=",
                "/api/v1/events?from=", "/api/v1/events?to=", "/api/v1/people?page=", "/api/v1/people/",
                "/api/v1/articles/", "/api/v1/quotes/", "/api/v1/events/");
        for (String path : paths) {
            for (String value : values) {
                var response = api.get(path + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
                assertThat(response.status()).as("%s%s", path, value).isLessThan(500);
                if (response.status() >= 400) {
                    assertThat(response.contentType()).as("%s%s", path, value).startsWith("application/problem+json");
                }
            }
        }
    }
}
