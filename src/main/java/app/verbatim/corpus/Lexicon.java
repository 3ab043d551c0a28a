package app.verbatim.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The lists of words and sentences the corpus is made of, read once from
 * {@code corpus/lexicon.txt}, where each is the list headed by its name in lower case with spaces
 * ({@code [female first]}); what the lists hold, and the file's format, is said there. A list
 * keeps the file's order: where the generator draws with a skew, earlier entries come up more often.
 */
enum Lexicon {
    FEMALE_FIRST, MALE_FIRST, LAST, SENIOR_OFFICES, OTHER_ROLES,
    /** Name, adjective. */
    COUNTRIES(2),
    /** Name, kind, country (its name in {@link #COUNTRIES}). */
    CITIES(3),
    /** Name, kind. */
    ORGANIZATIONS(2),
    PUBLISHERS, TOPICS, CHANNELS, EMOJI, CONTEXT_OPENERS, HEADLINE_VERBS, BOILERPLATE, MONTHS,
    DIRECT_SUBJECTS, INDIRECT_SUBJECTS, DIRECT_MODALS, INDIRECT_MODALS, VERBS, OBJECTS, TAILS,
    DIRECT_FOLLOW_UPS, INDIRECT_FOLLOW_UPS, DIRECT_CUES, INDIRECT_CUES,
    /** Kind, status, sentence, title, place. */
    EVENT_SENTENCES(5);

    /** The entries, each its fields. */
    final String[][] rows;
    /** Each entry's first field (a list of one field: the entries). */
    final String[] words;

    Lexicon() {
        this(1);
    }

    Lexicon(int fields) {
        String heading = name().toLowerCase(Locale.ROOT).replace('_', ' ');
        var entries = Objects.requireNonNull(TextFile.LISTS.get(heading), () -> TextFile.NAME + " has no list [" + heading + "]");
        for (var entry : entries) {
            if (entry.length != fields) {
                throw new IllegalStateException(TextFile.NAME + ": an entry of [" + heading + "] has " + entry.length
                        + " fields, not " + fields + ": " + String.join(" | ", entry));
            }
        }
        this.rows = entries.toArray(String[][]::new);
        this.words = Arrays.stream(rows).map(entry -> entry[0]).toArray(String[]::new);
    }

    /** An entry drawn evenly. */
    String any(SplittableRandom r) {
        return words[r.nextInt(words.length)];
    }

    /** An entry drawn evenly, with its fields. */
    String[] anyRow(SplittableRandom r) {
        return rows[r.nextInt(rows.length)];
    }

    /** The file, read when the first list is made. */
    private static final class TextFile {

        static final String NAME = "/corpus/lexicon.txt";
        static final Map<String, List<String[]>> LISTS = read();

        private static Map<String, List<String[]>> read() {
            var lists = new HashMap<String, List<String[]>>();
            try (var in = Lexicon.class.getResourceAsStream(NAME)) {
                var lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, NAME), StandardCharsets.UTF_8));
                List<String[]> current = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (line.startsWith("[") && line.endsWith("]")) {
                        current = new ArrayList<>();
                        lists.put(line.substring(1, line.length() - 1), current);
                    } else if (current == null) {
                        throw new IllegalStateException(NAME + ": an entry before the first [list]: " + line);
                    } else {
                        current.add(line.split("\t", -1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return lists;
        }
    }
}
