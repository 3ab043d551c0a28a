package app.verbatim.draft.pipeline;

import java.text.Normalizer;
import java.util.Locale;

/** Ids as the catalog and people write them: lower-case ASCII words joined by hyphens. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "unnamed" : slug;
    }
}
