package app.verbatim.draft.attribution;

import app.verbatim.draft.attribution.FoundAttribution.Kind;
import app.verbatim.draft.nlp.AnalyzedText;
import app.verbatim.draft.nlp.Nlp;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the finder over a gold file of {@code polnear_gold.py --units utf16} (one article a line,
 * with its text) and writes the system file {@code score_attribution.py} reads. Used by
 * {@code tools/eval/polnear.sh}; the corpus is read where it was fetched, never kept here.
 *
 * <p>PolNeAR's conventions differ from ours in two places, converted here and only here: its
 * direct content includes the quotation marks, and its reported content includes a leading
 * "that". Timing goes to standard error: the finder's own time per article (NLP included),
 * after a warm-up pass.
 */
public final class PolnearRun {

    private PolnearRun() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: PolnearRun GOLD.jsonl SYSTEM.jsonl");
            System.exit(2);
        }
        JsonMapper json = JsonMapper.builder().build();
        List<String[]> docs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                docs.add(new String[] {d.get("id").asString(), d.get("text").asString()});
            }
        }
        Nlp nlp = new Nlp();
        AttributionFinder finder = new AttributionFinder();
        long t0 = System.nanoTime();
        nlp.warmUp();
        long loaded = System.nanoTime();
        for (String[] d : docs) {
            finder.findWithStances(nlp.analyze(d[1]));
        }
        long[] ms = new long[docs.size()];
        long[] cpu = new long[docs.size()];
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long words = 0;
        long start = System.nanoTime();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs.size(); i++) {
                String text = docs.get(i)[1];
                long a = System.nanoTime();
                long c = threads.getCurrentThreadCpuTime();
                AnalyzedText at = nlp.analyze(text);
                List<FoundAttribution> found = Boolean.getBoolean("speechOnly") ? finder.find(at) : finder.findWithStances(at);
                ms[i] = System.nanoTime() - a;
                cpu[i] = threads.getCurrentThreadCpuTime() - c;
                words += at.tokens().size();
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", docs.get(i)[0]);
                List<Map<String, Object>> atts = new ArrayList<>();
                for (FoundAttribution f : found) {
                    atts.add(polnear(text, f));
                }
                doc.put("attributions", atts);
                out.write(json.writeValueAsString(doc));
                out.write('\n');
            }
        }
        long total = System.nanoTime() - start;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.err.printf("PolnearRun: heap in use after the run (models, lemma cache, texts): %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        Arrays.sort(ms);
        Arrays.sort(cpu);
        long cpuTotal = Arrays.stream(cpu).sum();
        // Wall time suffers when other work shares the cores; CPU time is what an idle core would take.
        System.err.printf("PolnearRun: CPU time per article p50 %.1f ms, p90 %.1f ms; %.1f articles per CPU-second%n",
                cpu[cpu.length / 2] / 1e6, cpu[(int) (cpu.length * 0.9)] / 1e6, docs.size() / (cpuTotal / 1e9));
        System.err.printf("PolnearRun: %d articles, %d tokens; models loaded in %d ms; %.1f articles/s on one thread,"
                        + " p50 %.1f ms, p90 %.1f ms, max %.1f ms per article (%.0f tokens on average)%n",
                docs.size(), words, (loaded - t0) / 1_000_000, docs.size() / (total / 1e9), ms[ms.length / 2] / 1e6,
                ms[(int) (ms.length * 0.9)] / 1e6, ms[ms.length - 1] / 1e6, (double) words / docs.size());
    }

    static Map<String, Object> polnear(String text, FoundAttribution f) {
        List<int[]> content = new ArrayList<>();
        for (CharSpan c : f.content()) {
            int s = c.start();
            int e = c.end();
            if (f.kind() == Kind.DIRECT) {
                if (s > 1 && text.startsWith("''", s - 2)) {
                    s -= 2;
                } else if (s > 0 && isMark(text.charAt(s - 1))) {
                    s--;
                }
                if (text.startsWith("''", e)) {
                    e += 2;
                } else if (e < text.length() && isMark(text.charAt(e))) {
                    e++;
                }
            } else if (content.isEmpty()) {
                s = withThat(text, s);
            }
            content.add(new int[] {s, e});
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("content", new int[] {content.getFirst()[0], content.getLast()[1]});
        a.put("content_parts", content);
        a.put("source", f.source() == null ? null : source(text, f.source(), f.cue()));
        a.put("cue", f.cue() == null ? null : cue(text, f.cue()));
        a.put("kind", f.kind().name());
        a.put("rule", f.rule());
        return a;
    }

    private static final java.util.regex.Pattern CUE_PREFIX = java.util.regex.Pattern.compile(
            "(?i)(?:\\b(?:has|have|had|would|will|did|does|do|is|are|was|were|be|been|can|could|may|might|should"
                    + "|must|also|long|still|never|already|again|often|repeatedly|previously|later|once|just|\\w+ly)"
                    + "\\s+(?:not\\s+)?)+$");

    /** PolNeAR's cue takes the auxiliaries and adverbs before the verb ("has long said"), and a colon after it. */
    static int[] cue(String text, CharSpan cue) {
        int s = cue.start();
        int e = cue.end();
        var m = CUE_PREFIX.matcher(text.substring(Math.max(0, s - 40), s));
        if (m.find()) {
            s -= m.end() - m.start();
        }
        if (e < text.length() && text.charAt(e) == ':') {
            e++;
        }
        return new int[] {s, e};
    }

    /** PolNeAR's source keeps the comma that closes an insertion before the cue ("Smith, 34, said"). */
    static int[] source(String text, CharSpan source, @org.jspecify.annotations.Nullable CharSpan cue) {
        int e = source.end();
        if (cue != null && cue.start() > e && e < text.length() && text.charAt(e) == ','
                && source.of(text).indexOf(',') >= 0) {
            e++;
        }
        return new int[] {source.start(), e};
    }

    /** PolNeAR's reported content starts at "that" when the text has one. */
    static int withThat(String text, int s) {
        int i = s;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        if (i >= 4 && text.regionMatches(true, i - 4, "that", 0, 4) && (i == 4 || !Character.isLetter(text.charAt(i - 5)))) {
            return i - 4;
        }
        return s;
    }

    static boolean isMark(char c) {
        return "\"“”„«»‘’‹›".indexOf(c) >= 0;
    }
}
