package app.verbatim.document;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * An article's slug is the last segment of its URL, {@code /api/v1/articles/{slug}}, next to the
 * routes that have a word of their own there ({@code POST /api/v1/articles/import}). A slug that
 * is such a word would make its article's URL the route's (and, before the size limit matched
 * routes exactly, would have given a PUT to it the bulk import's 1 GB limit), so route words are
 * not slugs: the importer refuses them, and a slug made from a headline steps around them.
 */
public final class ArticleSlugs {

    /**
     * Words a slug may not be: every literal segment of a route under {@code /api/v1/articles/}
     * ({@code import}; a test holds this to the routes), and a few kept for routes to come.
     */
    public static final Set<String> RESERVED = Set.of("import", "export", "bulk", "search", "new");

    private static final int MAX = 80;

    private ArticleSlugs() {
    }

    /**
     * The slug a headline makes: lower-case ASCII words joined by hyphens, accents dropped, at
     * most 80 characters cut at a word; {@code article} when nothing is left, and a route word
     * followed by {@code -article}.
     */
    public static String of(String headline) {
        String ascii = Normalizer.normalize(headline, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty()) {
            return "article";
        }
        return isReserved(slug) ? slug + "-article" : slug;
    }

    public static boolean isReserved(String slug) {
        return RESERVED.contains(slug);
    }
}
