package app.verbatim.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnchorsTest {

    private final Anchors anchors = new Anchors("Say \uD83D\uDE00 \"hi\u00a0there\u201d now");

    @Test
    void countsOffsetsInCodePointsSoAnEmojiIsOneCharacter() {
        // "Say " is 4 code points, the emoji 1, the space 1: the quote mark is at 6.
        var checked = anchors.check("content", new TextSpan(7, 15, "hi\u00a0there", null, null));

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.span().prefix()).isEqualTo("Say \uD83D\uDE00 \"");
        assertThat(checked.span().suffix()).isEqualTo("\u201d now");
    }

    @Test
    void aBodyWithNoEmojiCountsAsItsOwnCharactersWithTheSameChecks() {
        var plain = new Anchors("Say \"hi\u00a0there\u201d now");

        var checked = plain.check("content", new TextSpan(5, 13, "hi\u00a0there", null, null));
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.span().prefix()).isEqualTo("Say \"");
        assertThat(checked.span().suffix()).isEqualTo("\u201d now");
        assertThat(plain.length()).isEqualTo(18);
        assertThat(plain.check("content", new TextSpan(6, 14, "hi\u00a0there", null, null)).problems())
                .extracting(FieldProblem::field).containsExactly("content.text");
        assertThat(plain.check("cue", new TextSpan(18, 20, "w", null, null)).problems())
                .extracting(FieldProblem::field).containsExactly("cue");
    }

    @Test
    void rejectsUtf16OffsetsThatMissTheText() {
        var checked = anchors.check("content", new TextSpan(8, 16, "hi\u00a0there", null, null));

        assertThat(checked.problems()).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("content.text"));
    }

    @Test
    void rejectsAnOrdinarySpaceWhereTheBodyHasANonBreakingOne() {
        var checked = anchors.check("content", new TextSpan(7, 15, "hi there", null, null));

        assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("content.text");
    }

    @Test
    void rejectsOffsetsOutsideTheBody() {
        assertThat(anchors.check("cue", new TextSpan(3, 99, "x", null, null)).problems())
                .extracting(FieldProblem::field).containsExactly("cue");
        assertThat(anchors.check("cue", new TextSpan(5, 4, "", null, null)).problems())
                .extracting(FieldProblem::field).containsExactly("cue");
    }

    @Test
    void rejectsAPrefixOrSuffixTheBodyDoesNotHaveThere() {
        var checked = anchors.check("content", new TextSpan(7, 15, "hi\u00a0there", "elsewhere ", "!"));

        assertThat(checked.problems()).extracting(FieldProblem::field)
                .containsExactly("content.prefix", "content.suffix");
    }

    @Test
    void acceptsAShorterPrefixAndSuffixThanItWouldStore() {
        assertThat(anchors.check("content", new TextSpan(7, 15, "hi\u00a0there", "\"", "\u201d")).problems()).isEmpty();
    }
}
