package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.shared.web.ProblemType;
import app.verbatim.support.ApiTest;
import app.verbatim.support.RawHttp;
import app.verbatim.support.TestTokens;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random hostile requests, from a fixed seed so that a failure replays: query strings (names and
 * values, broken encodings, huge numbers, dates out of range) over every read, and bodies that
 * must be refused (broken JSON, wrong types, lone surrogates, NUL, deep nesting, huge numbers,
 * bytes that are not UTF-8) over every write, with a valid editor token. No answer may be a
 * 5xx (but a typed 501 or 505), every 4xx must be a problem document of a known type, and the
 * stored data must be byte for byte what it was.
 */
@ApiTest
class HostileInputFuzzTest {

    private static final long SEED = 20261202L;
    private static final String SEED_ARTICLE = "vestnik-kavkaza-nazarbayev-baku";
    private static final Set<String> TYPES = Arrays.stream(ProblemType.values()).map(t -> t.uri().toString())
            .collect(Collectors.toUnmodifiableSet());

    @LocalServerPort
    int port;
    @Autowired
    TestTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    private static final List<String> READS = List.of("/api/v1/articles", "/api/v1/articles/" + SEED_ARTICLE,
            "/api/v1/articles/" + SEED_ARTICLE + "/history", "/api/v1/quotes", "/api/v1/quotes/1", "/api/v1/people",
            "/api/v1/people/ilham-aliyev", "/api/v1/people/ilham-aliyev/quotes", "/api/v1/resolutions", "/api/v1/resolutions/1",
            "/api/v1/events", "/api/v1/events/1", "/api/v1/places", "/api/v1/places/baku", "/api/v1/organizations",
            "/api/v1/topics", "/api/v1/topics/oil", "/v3/api-docs", "/actuator/health/readiness", "/");

    private static final List<String> NAMES = List.of("speaker", "kind", "cue", "article", "topic", "place", "organization",
            "from", "to", "q", "updatedSince", "sort", "page", "size", "name", "status", "participant");

    private static final List<String> HOSTILE_NAMES = List.of("", "%00", "a%00b", "%zz", "%", "%F", "%FF", "%ED%A0%80", "%C0%AF",
            "%C3%28", "%F4%90%80%80", "speaker%5B%5D", "x".repeat(300), "page%20", "+", "%2B", "%u0041", "q%0A", "%EF%BB%BFq");

    private static final List<String> HOSTILE_VALUES = List.of("", "%00", "a%00", "%zz", "%", "%4", "%u0041", "%FF", "%ED%A0%80",
            "%ED%B0%80", "%C0%AF", "%C0%80", "%C3%28", "%E2%82", "%F0%9F%98", "%F4%90%80%80", "%F8%88%80%80%80", "%EF%BF%BF",
            "%F0%9F%98%80", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999", "1e309", "0x10", "1.5", "-0", "%EF%BC%90", "%D9%A3", "NaN",
            "%2B999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999-18:00", "0001-01-01T00:00:00%2B18:00", "2017-04-03T25:00:00Z", "2017-04-03T00:00:00%2B24:00",
            "2017-02-30", "10000-01-01", "%2B10000-01-01", "-0001-01-01", "0000-01-01", "9999-12-31", "0001-01-01", "2017-04-03",
            "direct", "relevance", "planned", "aliyev", "%27%20or%201%3D1%20--", "%22", "%5C", "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3E", "railway%20-oil%20%22transit", "-", "%22%22", "*", "x".repeat(1001), "%41".repeat(400));

    private static final List<String> ACCEPTS = List.of("application/json", "*/*", "application/xml", ";;;", "a/b/c",
            "application/json;q=abc", "text/csv", "application/ld+json", "application/ninjs+json", "text/html", "application/problem+json");

    @Test
    void hostileQueryStringsOverEveryReadNeverFailTheServiceNorChangeAnything() {
        String before = snapshot();
        var random = new SplittableRandom(SEED);

        for (int i = 0; i < 1500; i++) {
            String target = readTarget(random) + "?" + query(random);
            var response = random.nextInt(4) == 0
                    ? RawHttp.get(port, target, "Accept", ACCEPTS.get(random.nextInt(ACCEPTS.size())))
                    : RawHttp.get(port, target);
            check(target, response);
        }

        System.out.println("Hostile query strings, status → count: " + statuses);
        assertThat(statuses).as("statuses").containsKey(400).containsKey(200);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void hostileBodiesOverEveryWriteAreRefusedAndChangeNothing() {
        String editor = tokens.editor();
        tokens.admin();
        String before = snapshot();
        var random = new SplittableRandom(SEED + 1);
        var writes = List.of(
                new Write("POST", "/api/v1/articles", "application/json", "{\"headline\":\"Fuzz\",\"body\":\"Fuzz body.\",\"paragraphs\":[]}"),
                new Write("PUT", "/api/v1/articles/" + SEED_ARTICLE, "application/json", "{\"headline\":\"Fuzz\",\"body\":\"Fuzz body.\",\"paragraphs\":[]}"),
                new Write("PATCH", "/api/v1/articles/" + SEED_ARTICLE, "application/merge-patch+json", "{\"headline\":\"Fuzz\"}"),
                new Write("POST", "/api/v1/articles/import", "application/x-ndjson", "{\"headline\":\"Fuzz\",\"body\":\"Fuzz body.\"}"),
                new Write("POST", "/api/v1/articles/" + SEED_ARTICLE + "/quotes", "application/json",
                        "{\"kind\":\"direct\",\"speaker\":{\"id\":\"ilham-aliyev\"},\"source\":{\"start\":0,\"end\":1,\"text\":\"N\"},"
                                + "\"cue\":{\"start\":0,\"end\":1,\"text\":\"N\"},\"content\":{\"start\":0,\"end\":1,\"text\":\"N\"},\"topics\":[]}"),
                new Write("PATCH", "/api/v1/quotes/1", "application/merge-patch+json", "{\"cue\":{\"text\":\"said\"}}"),
                new Write("POST", "/api/v1/articles/" + SEED_ARTICLE + "/events", "application/json",
                        "{\"kind\":\"talks\",\"title\":\"Fuzz\",\"status\":\"past\",\"participants\":[],\"evidence\":[]}"),
                new Write("PATCH", "/api/v1/events/1", "application/merge-patch+json", "{\"title\":\"Talks\"}"),
                new Write("POST", "/api/v1/articles/" + SEED_ARTICLE + "/resolutions", "application/json",
                        "{\"issuer\":\"Fuzz\",\"kind\":\"declaration\",\"title\":\"Fuzz\",\"mentions\":[]}"),
                new Write("PATCH", "/api/v1/resolutions/1", "application/merge-patch+json", "{\"title\":\"Fuzz\"}"),
                new Write("POST", "/api/v1/people", "application/json", "{\"id\":\"fuzz\",\"name\":\"Fuzz\",\"aliases\":[]}"),
                new Write("PATCH", "/api/v1/people/ilham-aliyev", "application/merge-patch+json", "{\"role\":\"Fuzz\"}"),
                new Write("POST", "/api/v1/places", "application/json", "{\"id\":\"fuzz\",\"name\":\"Fuzz\"}"),
                new Write("PATCH", "/api/v1/places/baku", "application/merge-patch+json", "{\"name\":\"Fuzz\"}"),
                new Write("POST", "/api/v1/topics", "application/json", "{\"id\":\"fuzz\",\"name\":\"Fuzz\"}"),
                new Write("PATCH", "/api/v1/organizations/un-security-council", "application/merge-patch+json", "{\"name\":\"Fuzz\"}"),
                new Write("POST", "/api/v1/tokens", "application/json", "{\"name\":\"Fuzz\",\"role\":\"editor\"}"));

        for (var write : writes) {
            for (byte[] body : FIXED_BODIES) {
                send(write, body, editor);
            }
        }
        for (int i = 0; i < 1000; i++) {
            var write = writes.get(random.nextInt(writes.size()));
            send(write, hostile(write.base(), random), random.nextInt(20) == 0 ? "vbt_forged" : editor);
        }

        System.out.println("Hostile bodies, status → count: " + statuses);
        assertThat(statuses).as("statuses").containsKey(400).containsKey(422);
        assertThat(snapshot()).isEqualTo(before);
    }

    private void send(Write write, byte[] body, String token) {
        String auth = write.path().startsWith("/api/v1/tokens") ? tokens.admin() : token;
        var response = RawHttp.send(port, write.method(), write.path(), write.contentType(), body,
                "Authorization", "Bearer " + auth, "If-Match", "*");
        String what = write.method() + " " + write.path() + " " + printable(body);
        check(what, response);
        if (!write.path().endsWith("/import") || response.status() != 200) {
            assertThat(response.status()).as("%s → %s", what, response.body()).isBetween(400, 499);
        } else {
            // The stream answers 200 and a line per document: each must be a refusal of a known type.
            for (String line : response.body().lines().toList()) {
                var result = json.readTree(line);
                assertThat(result.get("status").asInt()).as("%s → %s", what, line).isBetween(400, 499);
                assertThat(TYPES).as("%s → %s", what, line).contains(result.get("type").asString());
            }
        }
    }

    private void check(String what, RawHttp.Response response) {
        statuses.merge(response.status(), 1, Integer::sum);
        int status = response.status();
        assertThat(status).as("%s → %s", what, response.body()).isBetween(100, 599);
        if (status >= 500) {
            assertThat(status).as("%s → %s", what, response.body()).isIn(501, 505);
        }
        if (status >= 400) {
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            var problem = response.json();
            assertThat(TYPES).as("%s → %s", what, response.body()).contains(problem.get("type").asString());
            assertThat(problem.get("type").asString()).as(what).isNotEqualTo(ProblemType.INTERNAL.uri().toString());
            assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
            assertThat(response.body()).as(what).doesNotContain("Exception", "at org.", "at app.");
        }
    }

    private static String readTarget(SplittableRandom random) {
        if (random.nextInt(6) == 0) {
            var ids = List.of("0", "-1", "2147483648", "9223372036854775807", "9223372036854775808", "1e3", "1.0", "%FF", "%00",
                    "%ED%A0%80", "abc", "%2e%2e", "x".repeat(300));
            var collections = List.of("/api/v1/quotes/", "/api/v1/events/", "/api/v1/resolutions/", "/api/v1/people/",
                    "/api/v1/articles/", "/api/v1/topics/");
            return collections.get(random.nextInt(collections.size())) + ids.get(random.nextInt(ids.size()));
        }
        return READS.get(random.nextInt(READS.size()));
    }

    private static String query(SplittableRandom random) {
        var pairs = new ArrayList<String>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = random.nextInt(4) == 0 ? HOSTILE_NAMES.get(random.nextInt(HOSTILE_NAMES.size()))
                    : NAMES.get(random.nextInt(NAMES.size()));
            String value = switch (random.nextInt(5)) {
                case 0 -> randomBytes(random);
                case 1 -> Integer.toString(random.nextInt()) + (random.nextBoolean() ? "" : "0000000000");
                case 2 -> "%04d-%02d-%02d".formatted(random.nextInt(12000), 1 + random.nextInt(13), 1 + random.nextInt(32));
                default -> HOSTILE_VALUES.get(random.nextInt(HOSTILE_VALUES.size()));
            };
            pairs.add(random.nextInt(15) == 0 ? name : name + "=" + value);
        }
        return String.join(random.nextInt(10) == 0 ? "&&" : "&", pairs);
    }

    /** Random bytes, percent-encoded: mostly not UTF-8. */
    private static String randomBytes(SplittableRandom random) {
        var out = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.append('%').append("%02X".formatted(random.nextInt(256)));
        }
        return out.toString();
    }

    /** The write's base body with one change that no write may accept. */
    private byte[] hostile(String base, SplittableRandom random) {
        var doc = (tools.jackson.databind.node.ObjectNode) json.readTree(base);
        var keys = new ArrayList<String>();
        doc.propertyNames().forEach(keys::add);
        String key = keys.get(random.nextInt(keys.size()));
        return switch (random.nextInt(10)) {
            case 0 -> utf8(doc.put(key, "a\ud800b").toString());
            case 1 -> utf8(doc.put(key, "a\udc00").toString());
            case 2 -> utf8(doc.put(key, "a\u0000b").toString());
            case 3 -> {
                String text = doc.toString();
                yield utf8(text.substring(0, 1 + random.nextInt(text.length() - 1)));
            }
            case 4 -> {
                int depth = 600 + random.nextInt(4000);
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                // In place of the key's value: a duplicate key would let the later, valid value win.
                var without = doc.deepCopy();
                without.remove(key);
                String rest = without.toString();
                yield utf8("{\"" + key + "\":" + nested + (rest.equals("{}") ? "}" : "," + rest.substring(1)));
            }
            case 5 -> {
                // Out of every integer field's range, where the key names a span; the wrong type where it does not.
                var numbers = List.of("1e400", "99999999999999999999", "-99999999999999999999", "2147483648", "-2147483649", "1.5e308");
                doc.putObject(key).put("start", "@@").put("end", 1).put("text", "N");
                yield utf8(doc.toString().replace("\"@@\"", numbers.get(random.nextInt(numbers.size()))));
            }
            case 6 -> {
                // Nothing takes an object with an unknown key, or a list of one: not a string, a number, an enum nor a record.
                if (random.nextBoolean()) {
                    doc.putObject(key).putArray("fuzz");
                } else {
                    doc.putArray(key).addObject().putArray("fuzz");
                }
                yield utf8(doc.toString());
            }
            case 7 -> {
                byte[] text = utf8(doc.put(key, "@@").toString());
                String s = new String(text, StandardCharsets.ISO_8859_1);
                byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xC3, 0x28},
                        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
                yield s.replace("@@", new String(bad[random.nextInt(bad.length)], StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
            }
            case 8 -> utf8(random.nextBoolean() ? doc.putNull("fuzz" + random.nextInt(100)).toString() : doc.put("id\u0000", 1).toString());
            default -> {
                byte[] garbage = new byte[1 + random.nextInt(64)];
                random.nextBytes(garbage);
                yield garbage;
            }
        };
    }

    private record Write(String method, String path, String contentType, String base) {
    }

    /** The bodies of the earlier fixed write test: none is a document any write takes. */
    private static final List<byte[]> FIXED_BODIES = List.of("", "null", "[]", "{", "\"text\"", "{\"headline\":null,\"body\":null}",
                    "{\"headline\":1,\"body\":[]}", "{\"headline\":\"x\",\"body\":\"x\",\"quotes\":[{\"kind\":\"loud\"}]}",
                    "{\"headline\":\"x\",\"body\":\"x\",\"published\":{\"earliest\":\"2017-02-30\",\"precision\":\"day\"}}",
                    "{\"headline\":\"x\",\"body\":\"x\",\"paragraphs\":[{\"kind\":\"paragraph\",\"span\":{\"start\":99999999999,\"end\":1,\"text\":\"x\"}}]}",
                    "{\"headline\":\"x\",\"body\":\"x\",\"paragraphs\":[{\"kind\":\"paragraph\",\"span\":{\"start\":-1,\"end\":1,\"text\":\"x\"}}]}",
                    "{\"headline\":\"x\",\"body\":\"a\\u0000b\"}", "{\"headline\":\"x\",\"body\":\"a\\ud800b\"}", "{\"nmae\":null}",
                    "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000))
            .stream().map(HostileInputFuzzTest::utf8).toList();

    private static byte[] utf8(String text) {
        // Lone surrogates must reach the server as JSON escapes, not as the '?' getBytes would make of them.
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))) {
                out.writeBytes("\\u%04x".formatted((int) c).getBytes(StandardCharsets.US_ASCII));
            } else if (Character.isHighSurrogate(c)) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static String printable(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    /** Every row of every table the service writes, as PostgreSQL prints it, in a fixed order. */
    private String snapshot() {
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name").query(String.class).list();
        var out = new StringBuilder();
        for (String table : tables) {
            out.append("## ").append(table).append('\n');
            jdbc.sql("select t::text from \"" + table + "\" t order by 1").query(String.class).list()
                    .forEach(row -> out.append(row).append('\n'));
        }
        return out.toString();
    }
}
