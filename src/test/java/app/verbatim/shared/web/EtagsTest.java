package app.verbatim.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.shared.PreconditionException;
import app.verbatim.shared.Versioned;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The version ETag of a record and the If-Match check against it. No Spring, no database. */
class EtagsTest {

    private final Etags etags = new Etags(JsonMapper.builder().build());

    record Shown(String name, int version) implements Versioned {
    }

    @Test
    void anETagIsTheVersionAndADigestOfWhatIsShown() {
        String etag = etags.of(new Shown("Aliyev", 3));

        assertThat(etag).matches("\"v3-[0-9a-f]{24}\"");
        assertThat(etags.of(new Shown("Aliyev", 3))).isEqualTo(etag);
        assertThat(etags.of(new Shown("Aliev", 3))).isNotEqualTo(etag).startsWith("\"v3-");
        assertThat(etags.of(new Shown("Aliyev", 4))).startsWith("\"v4-");
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() {
        assertThatThrownBy(() -> etags.require(Precondition.NONE, new Shown("Aliyev", 3)))
                .isInstanceOfSatisfying(PreconditionException.class, e -> assertThat(e.type().status()).isEqualTo(428));
    }

    @Test
    void aWriteOnAStaleStateIsRefusedWith412NamingTheCurrentETag() {
        var current = new Shown("Aliyev", 3);
        assertThatThrownBy(() -> etags.require(Precondition.ifMatch(etags.of(new Shown("Aliyev", 2))), current))
                .isInstanceOfSatisfying(PreconditionException.class, e -> {
                    assertThat(e.type().status()).isEqualTo(412);
                    assertThat(e.getMessage()).contains(etags.of(current));
                });
        assertThatThrownBy(() -> etags.require(Precondition.ifMatch("W/" + etags.of(current)), current))
                .isInstanceOf(PreconditionException.class);
    }

    @Test
    void aWriteOnTheCurrentStateOrAnyGoesAhead() {
        var current = new Shown("Aliyev", 3);
        assertThatCode(() -> etags.require(Precondition.ifMatch(etags.of(current)), current)).doesNotThrowAnyException();
        assertThatCode(() -> etags.require(Precondition.ifMatch("\"v1-x\", " + etags.of(current)), current)).doesNotThrowAnyException();
        assertThatCode(() -> etags.require(Precondition.ANY, current)).doesNotThrowAnyException();
    }
}
