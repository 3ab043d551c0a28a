package app.verbatim.draft.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Countries (with the adjectives texts make of them), capitals and other cities, regions and
 * international organizations, from {@code draft/gazetteer.tsv}: common facts, written for
 * Verbatim. Ids are the catalog's slugs, so an entry the catalog holds is linked by id.
 */
public final class Gazetteer {

    public record Entry(boolean place, String id, String name, @Nullable String kind, @Nullable String country,
                        List<String> aliases, List<String> demonyms) {
    }

    private static final Gazetteer INSTANCE = load();

    private final List<Entry> entries;
    private final Map<String, Entry> countryByDemonym;
    private final Map<String, Entry> countryByName;
    /** Every alias, longest first, as one alternation: one pass over the text finds them all. */
    private final Pattern aliases;
    private final Map<String, Entry> byAlias;

    private Gazetteer(List<Entry> entries) {
        this.entries = entries;
        this.countryByDemonym = new LinkedHashMap<>();
        this.countryByName = new LinkedHashMap<>();
        this.byAlias = new LinkedHashMap<>();
        for (var e : entries) {
            if ("country".equals(e.kind())) {
                e.demonyms().forEach(d -> countryByDemonym.put(d, e));
                e.aliases().forEach(a -> countryByName.put(a, e));
            }
            e.aliases().forEach(a -> byAlias.putIfAbsent(a, e));
        }
        String alternation = byAlias.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // Not inside a longer word or a hyphenated compound ("Baku" in "Baku-Tbilisi-Kars").
        this.aliases = Pattern.compile("(?<![\\p{L}\\p{N}-])(?=\\p{Lu})(?:" + alternation + ")(?![\\p{L}\\p{N}]|-\\p{L})");
    }

    public static Gazetteer get() {
        return INSTANCE;
    }

    public Pattern aliasPattern() {
        return aliases;
    }

    public Entry byAlias(String alias) {
        return Objects.requireNonNull(byAlias.get(alias), alias);
    }

    public @Nullable Entry countryOfDemonym(String word) {
        return countryByDemonym.get(word);
    }

    public @Nullable Entry country(String name) {
        return countryByName.get(name);
    }

    public boolean isDemonym(String word) {
        return countryByDemonym.containsKey(word);
    }

    public List<Entry> entries() {
        return entries;
    }

    private static Gazetteer load() {
        var entries = new ArrayList<Entry>();
        var in = Gazetteer.class.getResourceAsStream("/draft/gazetteer.tsv");
        if (in == null) {
            throw new IllegalStateException("draft/gazetteer.tsv is not on the class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                entries.add(new Entry(f[0].equals("place"), f[1], f[2], blankToNull(f[3]), blankToNull(f[4]),
                        split(f[5]), split(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(List.copyOf(entries));
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }

    private static List<String> split(String s) {
        return s.isBlank() ? List.of() : List.of(s.split("\\|"));
    }
}
