package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Texts no article should be, drafted all the same: a draft that imports, never an exception. */
class OddTextsTest {

    private static final Drafter drafter = Drafter.standalone();

    static Stream<String> texts() {
        return Stream.of(
                "x",
                "\n\n\n  \n",
                "Just a headline",
                "A headline\r\n\r\nA paragraph with Windows line ends, said Anna Berg.\r\n\r\n\"Quoted,\" she said.\r\n",
                "Emoji 🚀 first\n\n\"We launched 🚀 today and it flew,\" engineer Mia Chen said on Monday. 🚀 Kazakhstan 🇰🇿 cheered.",
                "\"\"\"\"\"\n\n“”„«»‘’\n\n\"unclosed quote in a paragraph that never ends",
                "He said. She said. They said. It was noted. According to him.",
                "President President President the President of the President said \"President.\"",
                "A".repeat(5000),
                "Title\n\n" + "The minister said that prices will fall. ".repeat(300),
                "Title\n\nMr. O'Neil-Smith and Dr. Jean-Claude van der Berg met in São Paulo on 31 February.",
                "Title\n\nOn May 32 the 2020-13-45 meeting is due to take place in Baku in May, in June, and last Sunday.",
                "Заголовок\n\nПрезидент сказал, что встреча состоится в мае.",
                "Title\n\n\u00A0\u00A0\u00A0\n\n\u202F\n\nFollow us on YouTube");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void draftsAnImportableDocumentFromAnyText(String text) {
        for (var published : java.util.Arrays.asList(LocalDate.of(2020, 2, 29), null)) {
            var draft = drafter.draft(new DraftRequest(text, null, null, null, null, published));
            assertThat(DraftArticlesTest.problems(draft.document())).isEmpty();
            assertThat(draft.document().body()).isEqualTo(text);
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void countsSpansInCodePoints(String text) {
        var draft = drafter.draft(new DraftRequest(text, "Given headline", "Given Publisher", "https://example.org/a", "en",
                LocalDate.of(2021, 1, 1)));
        var cps = text.codePoints().toArray();
        List.copyOf(draft.document().paragraphs()).forEach(p ->
                assertThat(new String(cps, p.span().start(), p.span().end() - p.span().start())).isEqualTo(p.span().text()));
    }
}
