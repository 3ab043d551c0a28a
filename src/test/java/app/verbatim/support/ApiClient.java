package app.verbatim.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fluent way to write one request to the running service, sent through {@link Api} (so whatever
 * {@code Api} checks of each answer, it checks of these too):
 *
 * <pre>{@code
 * var client = ApiClient.over(api);
 * client.as(tokens.editor()).patch("/quotes/1").ifMatch(etag).json("{\"kind\":\"direct\"}").expect(200);
 * JsonNode model = client.get("/articles/seed").expectJson(200);
 * }</pre>
 *
 * Paths are under {@code /api/v1} unless they start with {@code /api/} or are outside the API
 * ({@code /v3/…}, {@code /actuator/…}, {@code /error}); a bare {@code /articles/…} is the API's.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final @Nullable String token;

    private ApiClient(Api api, @Nullable String token) {
        this.api = api;
        this.token = token;
    }

    /** Anonymous requests, as a reader sends them. */
    public static ApiClient over(Api api) {
        return new ApiClient(api, null);
    }

    /** Requests that carry this bearer token. */
    public ApiClient as(String token) {
        return new ApiClient(api, token);
    }

    public Call get(String path) {
        return new Call("GET", path);
    }

    public Call head(String path) {
        return new Call("HEAD", path);
    }

    public Call post(String path) {
        return new Call("POST", path).contentType("application/json");
    }

    public Call put(String path) {
        return new Call("PUT", path).contentType("application/json");
    }

    /** A JSON Merge Patch unless another content type is given. */
    public Call patch(String path) {
        return new Call("PATCH", path).contentType("application/merge-patch+json");
    }

    public Call delete(String path) {
        return new Call("DELETE", path);
    }

    static String pathOf(String path) {
        boolean outside = path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator") || path.equals("/error");
        return outside ? path : "/api/v1" + path;
    }

    /** One request being written; nothing is sent until {@link #send} or {@link #expect}. */
    public final class Call {

        private final String method;
        private final String path;
        private final List<String[]> headers = new ArrayList<>();
        private @Nullable String contentType;
        private @Nullable String body;

        private Call(String method, String path) {
            this.method = method;
            this.path = pathOf(path);
        }

        public Call header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        public Call ifMatch(String etag) {
            return header("If-Match", etag);
        }

        public Call ifNoneMatch(String etag) {
            return header("If-None-Match", etag);
        }

        public Call accept(String mediaType) {
            return header("Accept", mediaType);
        }

        public Call contentType(String mediaType) {
            this.contentType = mediaType;
            return this;
        }

        /** The body: a string as it is, anything else (a record, a map, a JSON tree) written as JSON. */
        public Call json(Object value) {
            this.body = value instanceof String s ? s : JSON.writeValueAsString(value);
            return this;
        }

        /** A body of another media type, as it is. */
        public Call body(String mediaType, String text) {
            this.contentType = mediaType;
            this.body = text;
            return this;
        }

        public Api.Response send() {
            var request = HttpRequest.newBuilder(api.uri(path)).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null && contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(h -> request.header(h[0], h[1]));
            return api.send(request);
        }

        /** Sends it and checks the status; the failure message shows the answer. */
        public Api.Response expect(int status) {
            var response = send();
            assertThat(response.status()).as("%s %s answered %d %s", method, path, response.status(), response.body())
                    .isEqualTo(status);
            return response;
        }

        /** Sends it, checks the status and reads the answer as JSON. */
        public JsonNode expectJson(int status) {
            return expect(status).json();
        }
    }
}
