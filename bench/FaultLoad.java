import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault benchmark's load and its report (bench/faults.sh runs it; only the JDK is needed).
 *
 * <pre>
 * java bench/FaultLoad.java outage  BASE TOKEN OUT_DIR SECONDS RATE FAULT_AT DOWN_FOR "fault command" "recover command" SERVICE_LOG
 * java bench/FaultLoad.java saturate BASE OUT_DIR SEARCHERS SECONDS LIGHT_RATE "search path"
 * </pre>
 *
 * outage: an open-model mixed load (RATE requests a second, each on its own virtual thread, so a
 * hanging request never slows the next): 40 % reads that need the database (a person, a speaker's
 * quotes), 20 % article-model reads (the in-memory path), 20 % article POSTs, 20 % If-Match PATCHes
 * of articles it created; readiness polled every 100 ms. At FAULT_AT s it runs the fault command
 * (stop PostgreSQL), DOWN_FOR s later the recover command (start it, waiting until it accepts
 * connections). Then it checks every acknowledged write and prints a per-second table.
 */
public class FaultLoad {

    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    record Sample(long start, long end, String kind, int status, boolean retryAfter) {
        long latency() { return end - start; }
    }

    record Probe(long at, int status) {
    }

    static final class Written {
        final String slug;
        final String body;
        volatile String etag;
        volatile String ackedHeadline;
        final List<String> attemptedAfterAck = new CopyOnWriteArrayList<>();

        Written(String slug, String body, String etag, String headline) {
            this.slug = slug;
            this.body = body;
            this.etag = etag;
            this.ackedHeadline = headline;
        }
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "outage" -> outage(args);
            case "saturate" -> saturate(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- outage

    static void outage(String[] a) throws Exception {
        String base = a[1], token = a[2];
        Path out = Path.of(a[3]);
        int seconds = Integer.parseInt(a[4]);
        int rate = Integer.parseInt(a[5]);
        int faultAt = Integer.parseInt(a[6]);
        int downFor = Integer.parseInt(a[7]);
        String faultCommand = a[8], recoverCommand = a[9];
        Path serviceLog = Path.of(a[10]);
        Files.createDirectories(out);

        var samples = new ConcurrentLinkedQueue<Sample>();
        var probes = new ConcurrentLinkedQueue<Probe>();
        var written = new CopyOnWriteArrayList<Written>();
        var idle = new ConcurrentLinkedQueue<Written>();
        var counter = new AtomicInteger();
        String run = Long.toString(System.currentTimeMillis(), 36);
        long t0 = System.currentTimeMillis();
        long end = t0 + seconds * 1000L;
        var events = new java.util.concurrent.ConcurrentHashMap<String, Long>();
        events.put("load-before", (long) (loadAverage() * 100));

        Thread readiness = Thread.ofVirtual().start(() -> {
            while (System.currentTimeMillis() < end) {
                long at = System.currentTimeMillis();
                int status = send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET()).status;
                probes.add(new Probe(at, status));
                sleep(Math.max(0, at + 100 - System.currentTimeMillis()));
            }
        });
        Thread fault = Thread.ofPlatform().start(() -> {
            sleep(t0 + faultAt * 1000L - System.currentTimeMillis());
            events.put("fault", System.currentTimeMillis());
            shell(faultCommand);
            events.put("fault-done", System.currentTimeMillis());
            sleep(t0 + (faultAt + downFor) * 1000L - System.currentTimeMillis());
            events.put("recover", System.currentTimeMillis());
            shell(recoverCommand);
            events.put("recovered", System.currentTimeMillis());
        });

        try (var launcher = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; System.currentTimeMillis() < end; i++) {
                int n = i;
                launcher.submit(() -> one(n, base, token, run, samples, written, idle, counter));
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
        fault.join();
        readiness.join();

        // Every acknowledged write, read back after the fault.
        int lost = 0, checked = 0, patched = 0;
        var lostLines = new ArrayList<String>();
        for (var w : written) {
            var r = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + w.slug)).timeout(REQUEST_TIMEOUT).GET());
            checked++;
            String headline = field(r.body, "headline");
            String body = field(r.body, "body");
            boolean whole = r.status == 200 && w.body.equals(body)
                    && (w.ackedHeadline.equals(headline) || w.attemptedAfterAck.contains(headline));
            if (!w.ackedHeadline.startsWith("Fault run")) {
                patched++;
            }
            if (!whole) {
                lost++;
                lostLines.add(w.slug + " status " + r.status + " headline " + headline + " acked " + w.ackedHeadline);
            }
        }

        var lines = new ArrayList<String>();
        lines.add("# " + a[0] + ": " + seconds + " s at " + rate + " req/s, fault at " + faultAt + " s for " + downFor + " s");
        lines.add("");
        lines.add("fault: `" + faultCommand + "`; recover: `" + recoverCommand + "`");
        lines.add("");
        report(lines, new ArrayList<>(samples), new ArrayList<>(probes), t0, events, serviceLog);
        lines.add("");
        lines.add("Acknowledged writes: " + checked + " articles created (" + patched + " of them with an acknowledged PATCH), "
                + lost + " lost or not whole.");
        lostLines.stream().limit(20).forEach(l -> lines.add("- lost: " + l));
        Files.write(out.resolve("report.md"), lines);
        try (var csv = new PrintWriter(Files.newBufferedWriter(out.resolve("requests.csv")))) {
            csv.println("start_ms,end_ms,kind,status");
            samples.forEach(s -> csv.println((s.start - t0) + "," + (s.end - t0) + "," + s.kind + "," + s.status));
        }
        try (var csv = new PrintWriter(Files.newBufferedWriter(out.resolve("readiness.csv")))) {
            csv.println("at_ms,status");
            probes.forEach(p -> csv.println((p.at - t0) + "," + p.status));
        }
        lines.forEach(System.out::println);
    }

    static void one(int n, String base, String token, String run, ConcurrentLinkedQueue<Sample> samples,
                    List<Written> written, ConcurrentLinkedQueue<Written> idle, AtomicInteger counter) {
        int pick = n % 10;
        if (pick < 4) {
            String path = pick % 2 == 0 ? "/api/v1/people/ilham-aliyev" : "/api/v1/quotes?speaker=ilham-aliyev&size=5";
            timed("read-db", samples, HttpRequest.newBuilder(URI.create(base + path)).GET());
        } else if (pick < 6) {
            timed("read-model", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku")).GET());
        } else if (pick < 8) {
            int k = counter.incrementAndGet();
            String slug = "fault-" + run + "-" + k;
            String headline = "Fault run " + run + " article " + k;
            String body = "Article " + k + " of fault run " + run + ": Aliyev said the talks went well.";
            var r = timed("post", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + slug + "\",\"headline\":\"" + headline
                            + "\",\"language\":\"en\",\"body\":\"" + body + "\"}")));
            if (r.status == 201 || r.status == 200) {
                var w = new Written(slug, body, r.etag, headline);
                written.add(w);
                idle.add(w);
            }
        } else {
            var w = idle.poll();
            if (w == null) {
                timed("read-db", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/people/ilham-aliyev")).GET());
                return;
            }
            if (w.etag == null) {
                // After an unacknowledged PATCH the ETag is unknown: read it again (the fast path may answer).
                var r = timed("read-refresh", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + w.slug)).GET());
                if (r.status == 200) {
                    w.etag = r.etag;
                }
                idle.add(w);
                return;
            }
            String headline = "Patched " + n;
            var r = timed("patch", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/articles/" + w.slug))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/merge-patch+json")
                    .header("If-Match", w.etag)
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + headline + "\"}")));
            if (r.status == 200) {
                w.ackedHeadline = headline;
                w.attemptedAfterAck.clear();
                w.etag = r.etag;
            } else {
                // Not acknowledged; it may or may not have landed, so both outcomes are allowed.
                w.attemptedAfterAck.add(headline);
                w.etag = null;
            }
            idle.add(w);
        }
    }

    record Answer(int status, String body, String etag, boolean retryAfter) {
    }

    static Answer timed(String kind, ConcurrentLinkedQueue<Sample> samples, HttpRequest.Builder request) {
        long start = System.currentTimeMillis();
        var answer = send(request.timeout(REQUEST_TIMEOUT));
        samples.add(new Sample(start, System.currentTimeMillis(), kind, answer.status, answer.retryAfter));
        return answer;
    }

    static Answer send(HttpRequest.Builder request) {
        try {
            var r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Retry-After").isPresent());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Answer(-1, "", null, false);
        } catch (IOException e) {
            return new Answer(-2, String.valueOf(e), null, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-3, "", null, false);
        }
    }

    static void report(List<String> lines, List<Sample> samples, List<Probe> probes, long t0, Map<String, Long> events, Path serviceLog)
            throws IOException {
        samples.sort((x, y) -> Long.compare(x.start, y.start));
        probes.sort((x, y) -> Long.compare(x.at, y.at));
        long fault = events.getOrDefault("fault", Long.MAX_VALUE), recovered = events.getOrDefault("recovered", Long.MAX_VALUE);
        lines.add("Events (s from the start of the load): fault command run " + secs(fault - t0) + ", returned (PostgreSQL stopped) "
                + secs(events.getOrDefault("fault-done", 0L) - t0) + ", recover command run " + secs(events.getOrDefault("recover", 0L) - t0)
                + ", returned (pg_ctl -w: accepting connections) " + secs(recovered - t0) + ". Load average before/after: "
                + events.getOrDefault("load-before", 0L) / 100.0 + " / " + loadAverage() + ".");
        lines.add("");
        lines.add("| s | requests | 2xx | 4xx | 500 | 503 | 504 | other | p50 ms | p99 ms | max ms | readiness |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var bySecond = new TreeMap<Long, List<Sample>>();
        samples.forEach(s -> bySecond.computeIfAbsent((s.start - t0) / 1000, k -> new ArrayList<>()).add(s));
        var readyBySecond = new TreeMap<Long, List<Probe>>();
        probes.forEach(p -> readyBySecond.computeIfAbsent((p.at - t0) / 1000, k -> new ArrayList<>()).add(p));
        for (var e : bySecond.entrySet()) {
            var list = e.getValue();
            var lat = list.stream().map(Sample::latency).sorted().toList();
            Map<String, Integer> c = new HashMap<>();
            list.forEach(s -> c.merge(bucket(s.status), 1, Integer::sum));
            var ready = readyBySecond.getOrDefault(e.getKey(), List.of());
            long up = ready.stream().filter(p -> p.status == 200).count();
            String readiness = ready.isEmpty() ? "-" : up == ready.size() ? "UP" : up == 0 ? "DOWN" : "UP " + up + "/" + ready.size();
            String mark = "";
            if ((fault - t0) / 1000 == e.getKey()) mark += " ⏹ stop";
            if ((recovered - t0) / 1000 == e.getKey()) mark += " ▶ start";
            lines.add("| " + e.getKey() + mark + " | " + list.size() + " | " + c.getOrDefault("2xx", 0) + " | " + c.getOrDefault("4xx", 0)
                    + " | " + c.getOrDefault("500", 0) + " | " + c.getOrDefault("503", 0) + " | " + c.getOrDefault("504", 0)
                    + " | " + c.getOrDefault("other", 0) + " | " + pct(lat, 50) + " | " + pct(lat, 99) + " | " + lat.getLast()
                    + " | " + readiness + " |");
        }
        lines.add("");
        // The fault window: requests started from the stop until 2 s after the restart.
        var window = samples.stream().filter(s -> s.start >= fault && s.start <= recovered + 2000).toList();
        long over2s = window.stream().filter(s -> s.latency() > 2000 || s.status < 0).count();
        long maxLatency = window.stream().mapToLong(Sample::latency).max().orElse(0);
        Map<Integer, Integer> statuses = new TreeMap<>();
        window.forEach(s -> statuses.merge(s.status, 1, Integer::sum));
        lines.add("Fault window (stop to restart + 2 s): " + window.size() + " requests, statuses " + statuses
                + ", answered in more than 2 s (or not at all): " + over2s + ", slowest " + maxLatency + " ms; 5xx without Retry-After: "
                + window.stream().filter(s -> s.status >= 500 && !s.retryAfter).count() + ".");
        var readyDown = probes.stream().filter(p -> p.at >= fault && p.status != 200).findFirst();
        lines.add("Readiness DOWN after the stop: " + readyDown.map(p -> (p.at - fault) + " ms").orElse("never")
                + "; UP after the restart: " + probes.stream().filter(p -> p.at >= recovered && p.status == 200).findFirst()
                .map(p -> (p.at - recovered) + " ms").orElse("never") + " (probed every 100 ms).");
        var firstOk = samples.stream().filter(s -> s.end >= recovered && s.status / 100 == 2 && (s.kind.equals("read-db") || s.kind.equals("post") || s.kind.equals("patch")))
                .mapToLong(Sample::end).min();
        lines.add("First 2xx of a request that needs the database after the restart: "
                + (firstOk.isPresent() ? (firstOk.getAsLong() - recovered) + " ms" : "none"));
        var firstWrite = samples.stream().filter(s -> s.start >= fault && s.status / 100 == 2 && (s.kind.equals("post") || s.kind.equals("patch")))
                .mapToLong(Sample::end).min();
        lines.add("First acknowledged write after the fault command: "
                + (firstWrite.isPresent() ? (firstWrite.getAsLong() - fault) + " ms after it" : "none"));
        var modelDuring = samples.stream().filter(s -> s.kind.equals("read-model") && s.start >= events.getOrDefault("fault-done", fault)
                && s.end <= events.getOrDefault("recover", recovered)).toList();
        lines.add("Article-model reads (the in-memory path) while PostgreSQL was down: " + modelDuring.size() + ", of them 200: "
                + modelDuring.stream().filter(s -> s.status == 200).count() + ".");
        lines.add("Change feed back after the restart: " + feedBack(serviceLog, recovered));
    }

    static final Pattern LISTENING = Pattern.compile("^(\\S+).*Listening for changes again.*");

    static String feedBack(Path log, long recovered) throws IOException {
        if (!Files.exists(log)) {
            return "no log";
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = LISTENING.matcher(line);
            if (m.matches()) {
                try {
                    long at = OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli();
                    if (at >= recovered - 1000) {
                        return (at - recovered) + " ms (the log's \"Listening for changes again\")";
                    }
                } catch (RuntimeException e) {
                    return "unparsed: " + line;
                }
            }
        }
        return "not within the run";
    }

    static String bucket(int status) {
        if (status / 100 == 2 || status == 304) return "2xx";
        if (status == 500 || status == 503 || status == 504) return String.valueOf(status);
        if (status / 100 == 4) return "4xx";
        return "other";
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The 1-minute load average: on a shared machine, what else was running. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static String secs(long ms) {
        return String.format("%.2f s", ms / 1000.0);
    }

    static String field(String json, String name) {
        var m = Pattern.compile("\"" + name + "\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static void shell(String command) {
        try {
            var p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            p.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---------------------------------------------------------------- saturate

    static void saturate(String[] a) throws Exception {
        String base = a[1];
        Path out = Path.of(a[2]);
        int searchers = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        int lightRate = Integer.parseInt(a[5]);
        String searchPath = a[6];
        Files.createDirectories(out);
        var people = new ArrayList<String>();
        var list = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/people?size=50")).timeout(REQUEST_TIMEOUT).GET());
        var m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(list.body);
        while (m.find()) {
            people.add(m.group(1));
        }
        if (people.isEmpty()) {
            people.add("ilham-aliyev");
        }
        var lines = new ArrayList<String>();
        lines.add("Load average at the start: " + loadAverage());
        lines.add("# saturate: " + searchers + " concurrent `" + searchPath + "` for " + seconds + " s, person reads at " + lightRate + " req/s");
        lines.add("");
        var alone = light(base, people, lightRate, 5, null);
        lines.add("Person reads alone (5 s): " + summary(alone));
        var searches = new ConcurrentLinkedQueue<Sample>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        var threads = new ArrayList<Thread>();
        for (int i = 0; i < searchers; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                while (System.currentTimeMillis() < end) {
                    long s = System.currentTimeMillis();
                    var r = send(HttpRequest.newBuilder(URI.create(base + searchPath)).timeout(REQUEST_TIMEOUT).GET());
                    searches.add(new Sample(s, System.currentTimeMillis(), "search", r.status, r.retryAfter));
                    if (r.status != 200) {
                        // A refused search's client honours Retry-After (at most 1 s here), as a client should.
                        sleep(retryAfterMillis(r));
                    }
                }
            }));
        }
        sleep(1000);
        var during = light(base, people, lightRate, seconds - 2, null);
        for (var t : threads) {
            t.join();
        }
        lines.add("Person reads while the searches run (" + (seconds - 2) + " s): " + summary(during));
        lines.add("The searches: " + summary(new ArrayList<>(searches)));
        Files.write(out.resolve("report.md"), lines);
        lines.forEach(System.out::println);
    }

    static long retryAfterMillis(Answer r) {
        return 1000;
    }

    static List<Sample> light(String base, List<String> people, int rate, int seconds, Object unused) throws InterruptedException {
        var samples = new ConcurrentLinkedQueue<Sample>();
        long end = System.currentTimeMillis() + seconds * 1000L;
        try (var launcher = Executors.newVirtualThreadPerTaskExecutor()) {
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; System.currentTimeMillis() < end; i++) {
                String id = people.get(i % people.size());
                launcher.submit(() -> timed("light", samples, HttpRequest.newBuilder(URI.create(base + "/api/v1/people/" + id)).GET()));
                next += interval;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
        }
        return new ArrayList<>(samples);
    }

    static String summary(List<Sample> samples) {
        if (samples.isEmpty()) {
            return "none";
        }
        var lat = samples.stream().map(Sample::latency).sorted().toList();
        Map<Integer, Integer> statuses = new TreeMap<>();
        samples.forEach(s -> statuses.merge(s.status, 1, Integer::sum));
        long noRetryAfter = samples.stream().filter(s -> s.status >= 500 && !s.retryAfter).count();
        return samples.size() + " requests, statuses " + statuses + " (5xx without Retry-After: " + noRetryAfter + ")" + ", p50 " + pct(lat, 50) + " ms, p99 " + pct(lat, 99)
                + " ms, max " + lat.getLast() + " ms";
    }
}
