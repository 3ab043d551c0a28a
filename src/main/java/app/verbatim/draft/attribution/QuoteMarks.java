package app.verbatim.draft.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quoted stretches. Marks of any shape pair with any closing shape of
 * their family (a quote may open with {@code "} and close with {@code ”}); a straight mark opens
 * or closes by what stands beside it. A stretch still open at a paragraph's end continues when
 * the next paragraph opens with a mark (the convention for quotes over several paragraphs), and
 * otherwise ends there, flagged as unclosed. Single marks count only outside double ones and
 * only where an apostrophe cannot be meant.
 */
final class QuoteMarks {

    /** A quoted stretch: one part per paragraph it runs over; marks excluded from the parts. */
    record Quoted(List<CharSpan> parts, int openMark, int closeMark, int closeEnd, boolean unclosed,
            boolean single) {

        CharSpan hull() {
            return new CharSpan(parts.getFirst().start(), parts.getLast().end());
        }

        /** The first character after the closing mark (the end of the text's last part when unclosed). */
        int after() {
            return closeMark >= 0 ? closeEnd : parts.getLast().end();
        }
    }

    private enum Role { OPEN, CLOSE, EITHER, NONE }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int n = text.length();
        int open = -1;            // position of the current double opening mark
        char openChar = 0;
        int partStart = -1;
        List<CharSpan> parts = new ArrayList<>();
        int singleOpen = -1;      // a single ‘ opened outside any double quote
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    int next = nextParagraphStart(text, i);
                    if (next < n && isDoubleOpening(text, next)) {
                        parts.add(trimmed(text, partStart, i));
                        partStart = next + 1;
                        i = next;
                        continue;
                    }
                    parts.add(trimmed(text, partStart, i));
                    addIfContent(out, parts, open, -1, -1, true, false);
                    parts = new ArrayList<>();
                    open = -1;
                }
                singleOpen = -1;
                continue;
            }
            int w = doubleWidth(text, i);
            if (w > 0) {
                // Two apostrophes stand for a double mark in some archives ('' … ''); they act as ".
                char m = w == 2 ? '"' : c;
                Role r = role(text, i, w);
                if (open < 0) {
                    if (r == Role.OPEN || r == Role.EITHER) {
                        open = i;
                        openChar = m;
                        partStart = i + w;
                        singleOpen = -1;
                    }
                } else if (closes(openChar, m, r)) {
                    parts.add(trimmed(text, partStart, i));
                    addIfContent(out, parts, open, i, i + w, false, false);
                    parts = new ArrayList<>();
                    open = -1;
                } else if (r == Role.OPEN && family(openChar) == family(m) && m != '“') {
                    // A second opening of the same family: the first was never closed.
                    parts.add(trimmed(text, partStart, lastNonSpace(text, partStart, i)));
                    addIfContent(out, parts, open, -1, -1, true, false);
                    parts = new ArrayList<>();
                    open = i;
                    openChar = m;
                    partStart = i + w;
                }
                i += w - 1;
                continue;
            }
            if (open < 0 && (c == '‘' || c == '’' || c == '‹' || c == '›')) {
                boolean opening = c == '‘' || c == '‹';
                if (opening && singleOpen < 0 && opensSingle(text, i)) {
                    singleOpen = i;
                } else if (!opening && singleOpen >= 0 && closesSingle(text, i)
                        && (c == '’') == (text.charAt(singleOpen) == '‘')) {
                    List<CharSpan> p = new ArrayList<>();
                    p.add(trimmed(text, singleOpen + 1, i));
                    addIfContent(out, p, singleOpen, i, i + 1, false, true);
                    singleOpen = -1;
                }
            }
        }
        if (open >= 0) {
            parts.add(trimmed(text, partStart, n));
            addIfContent(out, parts, open, -1, -1, true, false);
        }
        out.sort((a, b) -> Integer.compare(a.openMark(), b.openMark()));
        return out;
    }

    private static void addIfContent(List<Quoted> out, List<CharSpan> parts, int open, int close, int closeEnd,
            boolean unclosed, boolean single) {
        List<CharSpan> kept = parts.stream().filter(p -> p.end() > p.start()).toList();
        if (!kept.isEmpty()) {
            out.add(new Quoted(kept, open, close, closeEnd, unclosed, single));
        }
    }

    /** The width of the double quotation mark at {@code i}: 1, 2 for two apostrophes, 0 for none. */
    static int doubleWidth(String text, int i) {
        char c = text.charAt(i);
        if (isDouble(c)) {
            return 1;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\''
                && (i == 0 || text.charAt(i - 1) != '\'') && (i + 2 >= text.length() || text.charAt(i + 2) != '\'')) {
            return 2;
        }
        return 0;
    }

    static boolean isDouble(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
    }

    private static int family(char c) {
        return c == '«' || c == '»' ? 1 : 0;
    }

    private static boolean closes(char openChar, char c, Role r) {
        if (r == Role.NONE) {
            return false;
        }
        return switch (openChar) {
            case '«' -> c == '»';
            case '„' -> c == '“' || c == '”' || (c == '"' && r != Role.OPEN);
            default -> (c == '”' || c == '"' || c == '“') && r != Role.OPEN || c == '”';
        };
    }

    private static Role role(String text, int i, int width) {
        char c = width == 2 ? '"' : text.charAt(i);
        boolean leftOpen = i == 0 || isOpeningContext(text.charAt(i - 1));
        boolean rightClose = i + width >= text.length() || isClosingContext(text.charAt(i + width));
        return switch (c) {
            case '“', '„', '«', '‟' -> {
                // “ closes after „ (German style) and in texts that use it for both; it opens otherwise.
                if (!leftOpen && rightClose) {
                    yield Role.CLOSE;
                }
                yield Role.OPEN;
            }
            case '”', '»' -> leftOpen && !rightClose ? Role.EITHER : Role.CLOSE;
            default -> {
                if (leftOpen && !rightClose) {
                    yield Role.OPEN;
                }
                if (!leftOpen && rightClose) {
                    yield Role.CLOSE;
                }
                yield Role.EITHER;
            }
        };
    }

    private static boolean isOpeningContext(char p) {
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || p == '(' || p == '[' || p == '{'
                || p == '—' || p == '–' || p == '-' || p == '/' || p == ':';
    }

    private static boolean isClosingContext(char p) {
        return Character.isWhitespace(p) || Character.isSpaceChar(p) || ".,;:!?)]}—–-/…".indexOf(p) >= 0
                || p == '’' || p == '\'';
    }

    private static boolean isDoubleOpening(String text, int i) {
        char c = text.charAt(i);
        int w = doubleWidth(text, i);
        return (c == '"' || c == '“' || c == '„' || c == '«' || w == 2) && role(text, i, Math.max(1, w)) != Role.CLOSE;
    }

    /** ‘ opens a quote, not an elision (‘90s, ‘em), when a letter or digit-less word follows. */
    private static boolean opensSingle(String text, int i) {
        boolean leftOpen = i == 0 || isOpeningContext(text.charAt(i - 1)) || isDouble(text.charAt(i - 1));
        if (!leftOpen || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return Character.isLetter(next) && !text.startsWith("em ", i + 1) && !text.startsWith("til ", i + 1)
                && !text.startsWith("cause ", i + 1);
    }

    /** ’ closes a quote only where no letter follows (don’t, Kazakhstan’s are apostrophes). */
    private static boolean closesSingle(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j)) || j < text.length() && text.charAt(j) == '\u00a0') {
            j++;
        }
        return j;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int e = to;
        while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static CharSpan trimmed(String text, int start, int end) {
        int s = start;
        int e = Math.max(start, end);
        while (s < e && (Character.isWhitespace(text.charAt(s)) || text.charAt(s) == '\u00a0')) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        return new CharSpan(s, e);
    }
}
