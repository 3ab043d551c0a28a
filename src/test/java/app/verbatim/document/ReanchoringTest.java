package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.shared.Anchors;
import org.junit.jupiter.api.Test;

/** Finding a span's words again after the body changed: the pure part of re-anchoring. */
class ReanchoringTest {

    private static int locate(String body, String text, String prefix, String suffix, int oldStart) {
        return Reanchoring.locate(new Anchors(body), text, prefix, suffix, oldStart);
    }

    @Test
    void wordsThatOccurOnceAreFoundWhereverTheyMoved() {
        assertThat(locate("Breaking: Ann said yes.", "said yes", "Ann ", ".", 4)).isEqualTo(14);
    }

    @Test
    void wordsThatAreGoneAreMinusOne() {
        assertThat(locate("Ann said no.", "said yes", "Ann ", ".", 4)).isEqualTo(-1);
    }

    @Test
    void noWordsAtAllCannotBeTold() {
        assertThat(locate("Ann said no.", "", "", "", 0)).isEqualTo(-2);
    }

    @Test
    void ofSeveralOccurrencesTheOneWithItsOldSurroundingsWins() {
        String body = "Bob said yes. Ann said yes.";

        assertThat(locate(body, "said yes", "Ann ", ".", 4)).isEqualTo(18);
        assertThat(locate(body, "said yes", "Bob ", ".", 18)).isEqualTo(4);
    }

    @Test
    void severalOccurrencesWithNothingOfTheOldSurroundingsAreAmbiguous() {
        assertThat(locate("yes yes", "yes", "Ann said", "!", 0)).isEqualTo(-2);
    }

    @Test
    void equallyGoodOccurrencesGoToTheOneNearestWhereItWas() {
        String body = "x said yes. x said yes. x said yes.";

        assertThat(locate(body, "said yes", "x ", ".", 13)).isEqualTo(14);
    }

    @Test
    void equallyGoodAndEquallyNearIsAmbiguous() {
        // Occurrences at 2 and 14, the old start at 8: six away from each, the same surroundings.
        assertThat(locate("x said yes. x said yes.", "said yes", "x ", ".", 8)).isEqualTo(-2);
    }

    @Test
    void offsetsCountCodePointsAsSpansDo() {
        // The rocket is two UTF-16 units but one code point.
        assertThat(locate("\uD83D\uDE80 Ann said yes.", "said yes", "Ann ", ".", 0)).isEqualTo(6);
    }

    @Test
    void commonEndsAreCountedInCharacters() {
        assertThat(Reanchoring.commonSuffix("the minister said ", "a spokesman said ")).isEqualTo(6);
        assertThat(Reanchoring.commonPrefix(". More later", ". More soon")).isEqualTo(7);
        assertThat(Reanchoring.commonPrefix("", "abc")).isZero();
        assertThat(Reanchoring.commonSuffix("abc", "")).isZero();
    }
}
