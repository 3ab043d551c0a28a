package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The slug a headline makes when a document names none. */
class ArticleSlugsTest {

    @Test
    void isLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(ArticleSlugs.of("Nazarbayev: Baku talks \u201cconstructive\u201d")).isEqualTo("nazarbayev-baku-talks-constructive");
    }

    @Test
    void dropsAccentsAndKeepsTheLetters() {
        assertThat(ArticleSlugs.of("Erdo\u011fan und M\u00fcller in Z\u00fcrich")).isEqualTo("erdogan-und-muller-in-zurich");
    }

    @Test
    void trimsHyphensAtEitherEnd() {
        assertThat(ArticleSlugs.of("  -- LIVE: Vote! --  ")).isEqualTo("live-vote");
    }

    @Test
    void cutsALongHeadlineAtAWordWithinEightyCharacters() {
        String slug = ArticleSlugs.of("word ".repeat(40));

        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void aHeadlineWithNoLetterOrDigitMakesArticle() {
        assertThat(ArticleSlugs.of("\u201c\u2014\u201d \uD83D\uDE80")).isEqualTo("article");
    }

    @Test
    void aHeadlineThatIsARouteWordStepsAroundIt() {
        assertThat(ArticleSlugs.of("Import")).isEqualTo("import-article");
        assertThat(ArticleSlugs.of("Imports")).isEqualTo("imports");
        assertThat(ArticleSlugs.of("Import duties")).isEqualTo("import-duties");
        assertThat(ArticleSlugs.RESERVED).allSatisfy(word -> assertThat(ArticleSlugs.isReserved(ArticleSlugs.of(word))).isFalse());
    }

    @Test
    void everySlugItMakesIsOneTheDocumentAccepts() {
        for (String headline : new String[] {"Import", "", "A", "\u00c9t\u00e9 2017", "x".repeat(300), "1 2 3"}) {
            assertThat(ArticleSlugs.of(headline)).matches("^[a-z0-9]+(-[a-z0-9]+)*$").hasSizeLessThanOrEqualTo(200);
        }
    }
}
