package app.verbatim.draft.pipeline;

import app.verbatim.article.NoteKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The editors' notes about the text's marks and spaces, as the seed's notes read. */
public final class Marks {

    private static final Map<Character, String> OPENERS = Map.of('"', "\"", '“', "”", '«', "»", '„', "“”", '‘', "’", '‚', "‘’");
    private static final String ALL_MARKS = "\"“”«»„‘’‚";
    private static final Pattern UNATTRIBUTED = Pattern.compile(
            "\\b[Ii]t (?:was|has been|is) (?:also )?(?:noted|said|reported|stated|announced|claimed|alleged|stressed|emphasized|emphasised|underlined)\\b");
    private static final Pattern NBSP = Pattern.compile("[\\u00A0\\u202F\\u2007]+");
    private static final String[] COUNTS = {"", "A", "Two", "Three", "Four", "Five"};

    private Marks() {
    }

    /** Runs of non-breaking spaces, which look like spaces but are not where a reader searches for one. */
    public static List<Note> nonBreakingSpaces(String text) {
        var notes = new ArrayList<Note>();
        var m = NBSP.matcher(text);
        while (m.find()) {
            int n = m.end() - m.start();
            String what = (n < COUNTS.length ? COUNTS[n] : String.valueOf(n)) + " non-breaking space" + (n == 1 ? "" : "s")
                    + " (U+%04X)".formatted((int) text.charAt(m.start()));
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            char after = m.end() < text.length() ? text.charAt(m.end()) : ' ';
            String where = ".!?".indexOf(before) >= 0 ? " where a sentence ends."
                    : Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after) ? " between two words."
                    : ".";
            notes.add(new Note(NoteKind.NON_BREAKING_SPACE, m.start(), m.end(), what + where));
        }
        return notes;
    }

    /** Apostrophes of the minority shape: a text that writes ' and, once, ’. */
    public static List<Note> apostrophes(String text) {
        var straight = new ArrayList<int[]>();
        var curly = new ArrayList<int[]>();
        var m = Pattern.compile("[\\p{L}\\p{N}]+(['’])[\\p{L}]+").matcher(text);
        while (m.find()) {
            (m.group(1).equals("'") ? straight : curly).add(new int[] {m.start(), m.end()});
        }
        if (straight.isEmpty() || curly.isEmpty()) {
            return List.of();
        }
        boolean curlyFewer = curly.size() <= straight.size();
        var minority = curlyFewer ? curly : straight;
        String note = curlyFewer ? "A curly apostrophe (’) here; the rest of the text uses straight ones (')."
                : "A straight apostrophe (') here; the rest of the text uses curly ones (’).";
        return minority.stream().map(w -> new Note(NoteKind.MIXED_QUOTE_MARKS, w[0], w[1], note)).toList();
    }

    /** A quotation that opens with one shape of mark and closes with another. */
    public static List<Note> mixedQuoteMarks(String text, List<int[]> quotations) {
        var notes = new ArrayList<Note>();
        for (int[] q : quotations) {
            if (q[0] == 0 || q[1] >= text.length()) {
                continue;
            }
            char open = text.charAt(q[0] - 1);
            char close = text.charAt(q[1]);
            String expected = OPENERS.get(open);
            if (expected == null || ALL_MARKS.indexOf(close) < 0 || expected.indexOf(close) >= 0) {
                continue;
            }
            notes.add(new Note(NoteKind.MIXED_QUOTE_MARKS, q[1], q[1] + 1,
                    "This quotation opens with %s mark (%c) and closes with %s one (%c).".formatted(shape(open), open, shape(close), close)));
        }
        return notes;
    }

    private static String shape(char mark) {
        return switch (mark) {
            case '"' -> "a straight";
            case '«', '»' -> "a guillemet";
            case '„', '‚' -> "a low";
            default -> "a curly";
        };
    }

    /**
     * Double quotation marks with no partner in their block. A block that opens a quotation and
     * leaves it open is not unbalanced when the next block opens with a mark: that is how a
     * quotation runs on over paragraphs.
     */
    public static List<Note> unbalanced(String text, List<Block> blocks) {
        var notes = new ArrayList<Note>();
        for (int b = 0; b < blocks.size(); b++) {
            var block = blocks.get(b);
            var open = new ArrayList<Integer>();
            for (int i = block.start(); i < block.end(); i++) {
                char c = text.charAt(i);
                if (c == '“' || c == '«' || c == '„') {
                    open.add(i);
                } else if (c == '”' || c == '»') {
                    if (!open.isEmpty()) {
                        open.removeLast();
                    } else if (!(c == '”' && lastOpenerIsLow(text, block, i))) {
                        notes.add(new Note(NoteKind.UNBALANCED_QUOTE_MARK, i, i + 1, "A closing quotation mark with no opening one."));
                    }
                } else if (c == '"') {
                    boolean opening = i == block.start() || !Character.isLetterOrDigit(text.charAt(i - 1))
                            && ".,!?;:…".indexOf(text.charAt(i - 1)) < 0;
                    if (opening && (open.isEmpty() || text.charAt(open.getLast()) != '"')) {
                        open.add(i);
                    } else if (!open.isEmpty()) {
                        open.removeLast();
                    } else {
                        notes.add(new Note(NoteKind.UNBALANCED_QUOTE_MARK, i, i + 1, "A closing quotation mark with no opening one."));
                    }
                }
            }
            boolean continues = b + 1 < blocks.size() && "\"“«„".indexOf(text.charAt(blocks.get(b + 1).start())) >= 0;
            if (!open.isEmpty() && !(continues && open.size() == 1)) {
                for (int at : open) {
                    notes.add(new Note(NoteKind.UNBALANCED_QUOTE_MARK, at, at + 1, "An opening quotation mark with no closing one."));
                }
            }
        }
        return notes;
    }

    private static boolean lastOpenerIsLow(String text, Block block, int at) {
        return text.lastIndexOf('„', at) >= block.start();
    }

    /**
     * Short quoted words inside a sentence that no quote claims: a term set apart ("road map"),
     * a title, a nickname. Not speech, so not a quote, but worth a note.
     */
    public static List<Note> scareQuotes(String text, List<int[]> quotations) {
        var notes = new ArrayList<Note>();
        var m = Pattern.compile("(?<![\\p{L}\\p{N}])[\"“«]([^\"“”«»\\n]{1,60}?)[\"”»](?![\\p{L}\\p{N}])").matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            int words = inner.strip().split("\\s+").length;
            boolean claimed = quotations.stream().anyMatch(q -> q[0] < m.end() && m.start() < q[1]);
            if (claimed || words > 4 || inner.matches(".*[.!?,]\\s*$")) {
                continue;
            }
            notes.add(new Note(NoteKind.SCARE_QUOTE, m.start(), m.end(),
                    "Quotation marks around a term, not a quotation: not recorded as a quote."));
        }
        return notes;
    }

    /** "It was noted that …": a statement the text reports without saying who made it. */
    public static List<Note> unattributed(String text) {
        var notes = new ArrayList<Note>();
        var m = UNATTRIBUTED.matcher(text);
        while (m.find()) {
            notes.add(new Note(NoteKind.UNATTRIBUTED_STATEMENT, m.start(), m.end(),
                    "Reported without a speaker, so it is not recorded as a quote."));
        }
        return notes;
    }
}
