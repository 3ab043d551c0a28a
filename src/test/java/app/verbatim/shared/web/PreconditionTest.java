package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.shared.web.Precondition.EntityTag;
import org.junit.jupiter.api.Test;

/** If-Match, parsed and compared (RFC 9110 §13.1.1: strong comparison). No Spring, no database. */
class PreconditionTest {

    private static final String CURRENT = "\"v3-0123456789abcdef01234567\"";

    @Test
    void anAbsentOrBlankHeaderIsNoPrecondition() {
        assertThat(Precondition.ifMatch(null)).isEqualTo(Precondition.NONE);
        assertThat(Precondition.ifMatch("  ")).isEqualTo(Precondition.NONE);
        assertThat(Precondition.NONE.given()).isFalse();
        assertThat(Precondition.NONE.matches(CURRENT)).isFalse();
    }

    @Test
    void aStarMatchesAnyState() {
        assertThat(Precondition.ifMatch(" * ")).isEqualTo(Precondition.ANY);
        assertThat(Precondition.ANY.matches(CURRENT)).isTrue();
        assertThat(Precondition.ifMatch("\"*\"").any()).isFalse();
    }

    @Test
    void parsesAListOfStrongAndWeakTags() {
        assertThat(Precondition.ifMatch("\"v1-a\", W/\"v2-b\",\"v3-c\"").tags()).containsExactly(
                new EntityTag(false, "v1-a"), new EntityTag(true, "v2-b"), new EntityTag(false, "v3-c"));
        assertThat(new EntityTag(true, "v2-b")).hasToString("W/\"v2-b\"");
    }

    @Test
    void matchesWhenOneStrongTagIsTheCurrentETag() {
        assertThat(Precondition.ifMatch(CURRENT).matches(CURRENT)).isTrue();
        assertThat(Precondition.ifMatch("\"v2-old\", " + CURRENT).matches(CURRENT)).isTrue();
        assertThat(Precondition.of("\"v2-old\"", CURRENT).matches(CURRENT)).isTrue();
        assertThat(Precondition.ifMatch("\"v2-old\"").matches(CURRENT)).isFalse();
    }

    @Test
    void aWeakTagNeverMatches() {
        assertThat(Precondition.ifMatch("W/" + CURRENT).matches(CURRENT)).isFalse();
    }

    @Test
    void whatIsNotAnEntityTagMatchesNothingButIsStillAPrecondition() {
        var garbage = Precondition.ifMatch("v3-0123456789abcdef01234567, \"unclosed");
        assertThat(garbage.given()).isTrue();
        assertThat(garbage.tags()).isEmpty();
        assertThat(garbage.matches(CURRENT)).isFalse();
        assertThat(Precondition.ifMatch("nonsense, " + CURRENT).matches(CURRENT)).isTrue();
        assertThat(Precondition.ifMatch(CURRENT + "x").matches(CURRENT)).isFalse();
        assertThat(Precondition.ifMatch("*, " + CURRENT).any()).isFalse();
    }
}
