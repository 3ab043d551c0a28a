package app.verbatim.draft.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids drafts give people and catalog entries. */
class SlugsTest {

    @Test
    void areLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.of("Ilham Aliyev")).isEqualTo("ilham-aliyev");
        assertThat(Slugs.of("UN Security Council")).isEqualTo("un-security-council");
    }

    @Test
    void dropAccentsAndPunctuation() {
        assertThat(Slugs.of("Recep Tayyip Erdo\u011fan")).isEqualTo("recep-tayyip-erdogan");
        assertThat(Slugs.of("O'Brien, Jr.")).isEqualTo("o-brien-jr");
    }

    @Test
    void aNameWithNoLetterOrDigitIsUnnamed() {
        assertThat(Slugs.of("\u2014 \u2014")).isEqualTo("unnamed");
        assertThat(Slugs.of("")).isEqualTo("unnamed");
    }

    @Test
    void aLongNameIsCutAtAWordWithinAHundredCharacters() {
        String slug = Slugs.of("organisation ".repeat(20));

        assertThat(slug).hasSizeLessThanOrEqualTo(100).endsWith("organisation");
    }

    @Test
    void everyIdItMakesIsOneADocumentAccepts() {
        for (String name : new String[] {"\u00c5land", "1st Army", "  x  ", "\uD83D\uDE80 Rocket Co"}) {
            assertThat(Slugs.of(name)).matches("^[a-z0-9]+(-[a-z0-9]+)*$").hasSizeLessThanOrEqualTo(120);
        }
    }
}
