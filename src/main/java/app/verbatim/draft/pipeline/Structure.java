package app.verbatim.draft.pipeline;

import app.verbatim.article.NoteKind;
import app.verbatim.article.ParagraphKind;
import app.verbatim.draft.ReviewItem;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text's layout: its blocks (the text between blank lines; between line breaks when it has
 * no blank line at all), which of them is the headline, a repeated headline, page furniture.
 */
public record Structure(String headline, List<Block> blocks, List<Note> notes, @Nullable String publisher,
                        List<ReviewItem> review) {

    private static final int HEADLINE_MAX = 300;

    /** Link texts and page furniture that news sites leave around an article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:(?:follow|find|join|like|subscribe to|watch|read|see)\\s+(?:us\\s+)?(?:on|at|in)?\\s*)?"
                    + "(?:on\\s+)?(?:youtube|facebook|twitter|x|telegram|instagram|vk|vkontakte|tiktok|linkedin|whatsapp|rss)"
                    + "(?:\\s*(?:,|and|&)\\s*(?:youtube|facebook|twitter|x|telegram|instagram|vk|tiktok|linkedin|whatsapp|rss))*[.!]?$"
                    + "|(?i)^(?:share(?: this(?: article)?)?|print|e-?mail|comments?|advertisement|read (?:more|also)\\b.*|related(?: articles| news)?"
                    + "|tags?:.*|photo(?: credit)?:.*|source:.*|subscribe\\b.*|follow us\\b.*|all rights reserved\\b.*|©.*|\\(c\\) .*"
                    + "|copyright\\b.*|back to top|top stories|most read)$");

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?([\\p{Lu}][^.,;]{1,80}?)\\.?(?:\\s*all rights reserved\\.?)?$");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0\\r]*\\n");

    public static Structure of(String text, @Nullable String givenHeadline, @Nullable String givenPublisher) {
        var review = new ArrayList<ReviewItem>();
        var notes = new ArrayList<Note>();
        var spans = blocks(text);
        var kinds = new ArrayList<ParagraphKind>();
        spans.forEach(s -> kinds.add(ParagraphKind.PARAGRAPH));

        String headline;
        if (givenHeadline != null && !givenHeadline.isBlank()) {
            headline = givenHeadline.strip();
            if (!spans.isEmpty() && same(text.substring(spans.getFirst()[0], spans.getFirst()[1]), headline)) {
                kinds.set(0, ParagraphKind.HEADING);
            }
        } else if (spans.isEmpty()) {
            headline = "Untitled";
            review.add(new ReviewItem("headline", 0.0, "structure.no_text", "The text has no words; the headline is a placeholder."));
        } else {
            int[] first = spans.getFirst();
            String block = text.substring(first[0], first[1]);
            int lineEnd = block.indexOf('\n');
            String line = (lineEnd < 0 ? block : block.substring(0, lineEnd)).strip();
            if (lineEnd < 0 && line.length() <= HEADLINE_MAX && !line.matches(".*[.:;,]$")) {
                headline = line;
                kinds.set(0, ParagraphKind.HEADING);
            } else {
                headline = shortened(line);
                review.add(new ReviewItem("headline", 0.4, "structure.headline_from_paragraph",
                        "The text does not open with a headline line; its first words stand in for one."));
            }
        }

        for (int i = 0; i < spans.size(); i++) {
            if (kinds.get(i) == ParagraphKind.HEADING) {
                continue;
            }
            String block = text.substring(spans.get(i)[0], spans.get(i)[1]);
            if (same(block, headline) && i <= 2) {
                kinds.set(i, ParagraphKind.REPEATED_HEADING);
                String how = block.equals(headline) ? "The headline appears twice."
                        : block.strip().equals(headline) ? "The headline appears twice; the second copy has "
                        + (Character.isWhitespace(block.charAt(0)) ? "a leading space." : "a trailing space.")
                        : "The headline appears twice, the second time written slightly differently.";
                notes.add(new Note(NoteKind.REPEATED_HEADLINE, spans.get(i)[0], spans.get(i)[1], how));
            }
        }

        // Page furniture sits at the foot; a block is furniture when it reads as link text, or, at
        // the very end, when it is a short name with no sentence in it (a site's name left over).
        String publisher = givenPublisher == null || givenPublisher.isBlank() ? null : givenPublisher.strip();
        String proposedPublisher = null;
        for (int i = spans.size() - 1; i > 0; i--) {
            String block = text.substring(spans.get(i)[0], spans.get(i)[1]).strip();
            boolean furniture = FURNITURE.matcher(block).matches();
            boolean named = publisher != null && same(block, publisher);
            boolean looksLikeAName = !furniture && !named && kinds.get(i) == ParagraphKind.PARAGRAPH
                    && block.matches("(?:[\\p{Lu}][\\p{L}'’.&-]*)(?:\\s+[\\p{Lu}][\\p{L}'’.&-]*){0,4}")
                    && spans.size() - i <= 3;
            if (furniture) {
                kinds.set(i, ParagraphKind.BOILERPLATE);
                var copyright = COPYRIGHT.matcher(block);
                boolean owner = copyright.matches();
                notes.add(new Note(NoteKind.BOILERPLATE, spans.get(i)[0], spans.get(i)[1], owner
                        ? "A copyright line left over from the page it was copied from."
                        : "Link text (\"%s\") left over from the page it was copied from.".formatted(block)));
                if (owner && publisher == null && proposedPublisher == null) {
                    proposedPublisher = copyright.group(1).strip();
                }
            } else if (named || looksLikeAName) {
                kinds.set(i, ParagraphKind.BOILERPLATE);
                notes.add(new Note(NoteKind.BOILERPLATE, spans.get(i)[0], spans.get(i)[1],
                        named ? "The publisher's name, left over from the page it was copied from."
                                : "A name on its own line at the foot, most likely the publisher's, left over from the page it was copied from."));
                if (publisher == null && proposedPublisher == null) {
                    proposedPublisher = block;
                }
            } else {
                break;
            }
        }
        if (publisher == null && proposedPublisher != null) {
            publisher = proposedPublisher;
            review.add(new ReviewItem("publisher", 0.5, "structure.publisher_from_footer",
                    "The publisher \"%s\" is read from a name at the foot of the text; check it.".formatted(proposedPublisher)));
        }

        var blocks = new ArrayList<Block>();
        for (int i = 0; i < spans.size(); i++) {
            blocks.add(new Block(spans.get(i)[0], spans.get(i)[1], kinds.get(i)));
        }
        return new Structure(headline, List.copyOf(blocks), List.copyOf(notes), publisher, List.copyOf(review));
    }

    /** Blocks as {@code [start, end)}: from the first character of their first line to their last visible one. */
    static List<int[]> blocks(String text) {
        var result = new ArrayList<int[]>();
        boolean byBlankLines = BLANK_LINE.matcher(text).find();
        var separator = byBlankLines ? BLANK_LINE : Pattern.compile("\\n");
        var m = separator.matcher(text);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : text.length();
            add(text, from, to, result);
            if (!found) {
                break;
            }
            from = m.end();
            // A run of blank lines is one separator.
            while (from < text.length() && (text.charAt(from) == '\n' || text.charAt(from) == '\r')) {
                from++;
            }
            m.region(from, text.length());
        }
        return result;
    }

    private static void add(String text, int from, int to, List<int[]> result) {
        int s = from;
        while (s < to && (text.charAt(s) == '\n' || text.charAt(s) == '\r')) {
            s++;
        }
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1)) || e > s && text.charAt(e - 1) == '\u00A0') {
            e--;
        }
        if (e > s && !text.substring(s, e).isBlank()) {
            // A block opening with spaces before a line break keeps its words only.
            while (s < e && Character.isWhitespace(text.charAt(s)) && text.substring(s, e).indexOf('\n') > 0
                    && text.substring(s, text.indexOf('\n', s) < 0 ? e : Math.min(e, text.indexOf('\n', s))).isBlank()) {
                s = text.indexOf('\n', s) + 1;
            }
            result.add(new int[] {s, e});
        }
    }

    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0]+", " ").strip()
                .replaceAll("[“”„«»]", "\"").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static String shortened(String line) {
        var m = Pattern.compile("^.{20,200}?[.!?](?=\\s|$)").matcher(line);
        String cut = m.find() ? m.group() : line;
        if (cut.length() > 200) {
            cut = cut.substring(0, 200).replaceAll("\\s+\\S*$", "") + "…";
        }
        return cut.strip();
    }
}
