package app.verbatim.draft.pipeline;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.TextSpan;

/**
 * The article's text with the one conversion every stage needs: a UTF-16 range, as Java and the
 * NLP layer index strings, to a span in code points with its text, prefix and suffix, as the
 * importer checks them (an emoji or a rare CJK character counts once there, twice here).
 */
public final class Body {

    private final String text;
    private final int[] codePointAt;
    private final Anchors anchors;

    public Body(String text) {
        this.text = text;
        this.codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                cp++;
            } else {
                codePointAt[i] = cp - 1;
            }
        }
        codePointAt[text.length()] = cp;
        this.anchors = new Anchors(text);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public String slice(int start, int end) {
        return text.substring(start, end);
    }

    /** The span of {@code [start, end)} (UTF-16) in code points, with its prefix and suffix. */
    public TextSpan span(int start, int end) {
        int s = codePointAt[start];
        int e = codePointAt[end];
        return anchors.complete(new TextSpan(s, e, text.substring(start, end), null, null));
    }

    /** The code-point offset of a UTF-16 index. */
    public int codePoint(int index) {
        return codePointAt[index];
    }
}
