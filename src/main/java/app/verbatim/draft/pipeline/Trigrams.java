package app.verbatim.draft.pipeline;

import java.util.LinkedHashSet;
import java.util.Set;

/** Trigram similarity as PostgreSQL's pg_trgm counts it: shared trigrams of padded words over all trigrams. */
final class Trigrams {

    private Trigrams() {
    }

    static double similarity(String a, String b) {
        Set<String> x = of(a);
        Set<String> y = of(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / (x.size() + y.size() - shared);
    }

    private static Set<String> of(String s) {
        var grams = new LinkedHashSet<String>();
        for (String word : s.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
