package app.verbatim.corpus;

import java.util.ArrayList;
import java.util.List;

/** Text built piece by piece, counting Unicode code points (not UTF-16 units) as it grows. */
final class Spans {

    private Spans() {
    }

    /** The context either side of a span, in code points, as {@code Anchors.CONTEXT}. */
    static final int CONTEXT = 32;

    /** A finished span: [start, end) in code points, the text there and its context. */
    record Span(int start, int end, String text, String prefix, String suffix) {
    }

    /** An offset range, before the body is finished. */
    record At(int start, int end) {
    }

    /** Something named at a range: a person ({@code person} true) or a catalog entry, by key. */
    record Mention(boolean person, long key, At at) {
    }

    /** A growing text that knows its length in code points and what it names where. */
    static final class Text {

        final StringBuilder chars = new StringBuilder(256);
        int codePoints;
        final List<Mention> mentions = new ArrayList<>(4);

        int at() {
            return codePoints;
        }

        At add(String s) {
            int start = codePoints;
            chars.append(s);
            codePoints += s.codePointCount(0, s.length());
            return new At(start, codePoints);
        }

        At person(long key, String form) {
            var at = add(form);
            mentions.add(new Mention(true, key, at));
            return at;
        }

        At entry(long key, String form) {
            var at = add(form);
            mentions.add(new Mention(false, key, at));
            return at;
        }

        /** Appends another text, moving its mentions along; returns where it landed. */
        At add(Text other) {
            int shift = codePoints;
            chars.append(other.chars);
            codePoints += other.codePoints;
            for (var m : other.mentions) {
                mentions.add(new Mention(m.person(), m.key(), new At(m.at().start() + shift, m.at().end() + shift)));
            }
            return new At(shift, codePoints);
        }

        @Override
        public String toString() {
            return chars.toString();
        }
    }

    /** Cuts spans out of a finished body. */
    static final class Cutter {

        private final int[] codePoints;

        Cutter(String body) {
            this.codePoints = body.codePoints().toArray();
        }

        Span span(At at) {
            return span(at.start(), at.end());
        }

        Span span(int start, int end) {
            if (start < 0 || end < start || end > codePoints.length) {
                throw new IllegalStateException("span [%d, %d) outside a body of %d code points".formatted(start, end, codePoints.length));
            }
            int from = Math.max(0, start - CONTEXT);
            int to = Math.min(codePoints.length, end + CONTEXT);
            return new Span(start, end, new String(codePoints, start, end - start),
                    new String(codePoints, from, start - from), new String(codePoints, end, to - end));
        }
    }
}
