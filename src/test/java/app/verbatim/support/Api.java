package app.verbatim.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running service: what a script would see, headers and all. Every
 * answer is held to the served OpenAPI document ({@link Contract}): one that violates it fails
 * the test that received it, naming the operation, the status and the violation.
 */
@TestComponent
public class Api {

    /**
     * For measuring, not for the suite: {@code -Dcontract.report=FILE} writes violations there
     * instead of failing, {@code -Dcontract.document=FILE} holds answers to another document.
     */
    private static final @Nullable Path REPORT = path("contract.report");
    private static final @Nullable Path DOCUMENT = path("contract.document");

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Environment environment;
    private volatile @Nullable Contract contract;

    Api(Environment environment) {
        this.environment = environment;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response get(String path, String accept) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    public Response send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A request with a body and headers given as name, value, name, value… */
    public Response send(String method, String path, String contentType, String body, String... headers) {
        var request = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            var sent = request.build();
            var response = http.send(sent, HttpResponse.BodyHandlers.ofString());
            var contentType = response.headers().firstValue("Content-Type").orElse("");
            var violations = contract().violations(sent.method(), sent.uri(), response.statusCode(), contentType, response.body());
            if (REPORT != null) {
                Files.writeString(Path.of(REPORT + ".checked"), sent.method() + " " + sent.uri().getRawPath() + " " + response.statusCode()
                        + " " + contentType + (violations.isEmpty() ? "" : " VIOLATES") + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            if (!violations.isEmpty() && REPORT != null) {
                Files.writeString(REPORT, String.join("\n", violations) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else if (!violations.isEmpty()) {
                throw new AssertionError("The answer violates the served OpenAPI document (/v3/api-docs):\n  "
                        + String.join("\n  ", violations) + "\nbody: " + abbreviate(response.body()));
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The served document, fetched and compiled once for this application context. */
    public Contract contract() {
        var current = contract;
        if (current == null) {
            synchronized (this) {
                current = contract;
                if (current == null) {
                    try {
                        if (DOCUMENT != null) {
                            return contract = Contract.of(Files.readString(DOCUMENT), json);
                        }
                        var document = http.send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
                        if (document.statusCode() != 200) {
                            throw new IllegalStateException("/v3/api-docs answered " + document.statusCode());
                        }
                        current = contract = Contract.of(document.body(), json);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return current;
    }

    private static @Nullable Path path(String property) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }

    public URI uri(String path) {
        // The port is known only once the server has started, after this bean was made.
        return URI.create("http://localhost:" + environment.getRequiredProperty("local.server.port") + path);
    }

    public record Response(int status, String contentType, String body, HttpHeaders headers, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String etag() {
            return headers.firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag in " + status + " " + body));
        }
    }
}
