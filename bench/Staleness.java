import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Cross-instance staleness of the cached article model (bench/instances.sh runs it; only the JDK is needed).
 *
 * <pre>
 * java bench/Staleness.java TOKEN SLUG EDITS OUT_FILE BASE_1 BASE_2 BASE_3 ...
 * </pre>
 *
 * Each round PATCHes the article's headline through one instance (in turn), and from the moment its
 * 200 arrives polls every other instance's {@code GET /api/v1/articles/SLUG} back to back until it
 * shows the new headline. Before the PATCH every instance has read the article twice, so each holds
 * the model in memory and trusts it: a new headline can only come from the change feed having told
 * it (LISTEN/NOTIFY from the primary) that its copy is stale. The staleness is from the writer's
 * acknowledgement to the moment the first read that shows the new headline was sent (reads sent
 * before it answered the old one: the stale reads); the same to when that read's answer arrived is
 * reported too, as its p99, since it adds the read's own latency (a model rebuilt from the database).
 * Prints and writes the delays' percentiles and the stale reads.
 */
public class Staleness {

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static void main(String[] a) throws Exception {
        String token = a[0], slug = a[1];
        int edits = Integer.parseInt(a[2]);
        Path out = Path.of(a[3]);
        List<String> bases = List.of(a).subList(4, a.length);
        var delays = new ArrayList<Double>();
        var answered = new ArrayList<Double>();
        long staleReads = 0, reads = 0, notSeen = 0;
        String run = Long.toString(System.currentTimeMillis(), 36);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < edits; i++) {
                String writer = bases.get(i % bases.size());
                for (String base : bases) {
                    get(base, slug);
                    get(base, slug);
                }
                var current = get(writer, slug);
                String etag = current.headers().firstValue("ETag").orElseThrow();
                String headline = "Staleness " + run + " edit " + i;
                var patched = http.send(HttpRequest.newBuilder(URI.create(writer + "/api/v1/articles/" + slug))
                        .header("Authorization", "Bearer " + token).header("If-Match", etag)
                        .header("Content-Type", "application/merge-patch+json")
                        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + headline + "\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                long acked = System.nanoTime();
                if (patched.statusCode() != 200) {
                    throw new IllegalStateException("PATCH through " + writer + " answered " + patched.statusCode() + ": " + patched.body());
                }
                var watchers = new ArrayList<Future<long[]>>();
                for (String base : bases) {
                    if (base.equals(writer)) {
                        continue;
                    }
                    watchers.add(pool.submit(() -> {
                        long stale = 0;
                        long deadline = acked + Duration.ofSeconds(10).toNanos();
                        while (System.nanoTime() < deadline) {
                            long sent = System.nanoTime();
                            var r = get(base, slug);
                            var m = HEADLINE.matcher(r.body());
                            if (r.statusCode() == 200 && m.find() && m.group(1).equals(headline)) {
                                return new long[] {sent - acked, stale, System.nanoTime() - acked};
                            }
                            stale++;
                        }
                        return new long[] {-1, stale, -1};
                    }));
                }
                for (var w : watchers) {
                    long[] result = w.get();
                    reads += result[1] + (result[0] >= 0 ? 1 : 0);
                    staleReads += result[1];
                    if (result[0] < 0) {
                        notSeen++;
                    } else {
                        delays.add(result[0] / 1e6);
                        answered.add(result[2] / 1e6);
                    }
                }
            }
        }
        Collections.sort(delays);
        Collections.sort(answered);
        String line = String.format("| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d of %d | %d |", edits, delays.size() + notSeen,
                pct(delays, 50), pct(delays, 90), pct(delays, 99), delays.isEmpty() ? Double.NaN : delays.getLast(),
                pct(answered, 99), notSeen, staleReads, reads, bases.size());
        Files.writeString(out, line + "\n");
        System.out.println(line);
    }

    static HttpResponse<String> get(String base, String slug) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + slug)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
