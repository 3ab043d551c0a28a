package app.verbatim.draft.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.draft.attribution.FoundAttribution.Kind;
import app.verbatim.draft.nlp.Nlp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pattern the finder knows, and the traps it must not fall into, on short texts of our own
 * (src/test/resources/draft/attribution-cases.txt): each case lists every attribution expected,
 * with its exact content parts, source and cue, and nothing else may be found.
 */
class AttributionPatternsTest {

    static final Nlp NLP = new Nlp();
    static final AttributionFinder FINDER = new AttributionFinder();

    record Expected(Kind kind, List<String> content, @Nullable String source, @Nullable String cue,
            @Nullable String note) {
    }

    record Case(String name, String text, List<Expected> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheExpectedAttributions(Case c) {
        // Drafts take quotes and reported speech only: a stance is no quote.
        check(c.text(), FINDER.find(NLP.analyze(c.text())),
                c.expected().stream().filter(e -> e.kind() != Kind.STANCE).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheStancesToo(Case c) {
        check(c.text(), FINDER.findWithStances(NLP.analyze(c.text())), c.expected());
    }

    static void check(String text, List<FoundAttribution> found, List<Expected> expected) {
        Case c = new Case("", text, expected);
        List<String> shown = found.stream().map(a -> show(c.text(), a)).toList();
        assertThat(found).as("found %s", shown).hasSize(c.expected().size());
        for (Expected e : c.expected()) {
            List<CharSpan> content = e.content().stream().map(w -> locate(c.text(), w)).toList();
            CharSpan source = e.source() == null ? null : locate(c.text(), e.source());
            CharSpan cue = e.cue() == null ? null : locate(c.text(), e.cue());
            assertThat(found).as("expected %s %s by %s (%s); found %s", e.kind(), e.content(), e.source(), e.cue(),
                    shown).anySatisfy(a -> {
                        assertThat(a.kind()).isEqualTo(e.kind());
                        assertThat(a.content()).isEqualTo(content);
                        assertThat(a.source()).isEqualTo(source);
                        assertThat(a.cue()).isEqualTo(cue);
                        assertThat(a.confidence()).isBetween(0.0, 1.0);
                        assertThat(a.rule()).isNotBlank();
                        if (e.note() != null) {
                            assertThat(a.note()).contains(e.note());
                        }
                    });
        }
    }

    static String show(String text, FoundAttribution a) {
        return a.kind() + " " + a.content().stream().map(c -> "[" + c.of(text) + "]").toList() + " by "
                + (a.source() == null ? "-" : "[" + a.source().of(text) + "]") + " cue "
                + (a.cue() == null ? "-" : "[" + a.cue().of(text) + "]") + " " + a.rule();
    }

    /** Where the words stand in the text, as whole words; they must stand there once. */
    static CharSpan locate(String text, String words) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) {
            // Words start and end at word boundaries; a punctuation cue (":") stands wherever it is.
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(words.charAt(0))
                    || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + words.length();
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(words.charAt(words.length() - 1))
                    || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord && endsWord) {
                at.add(i);
            }
        }
        assertThat(at).as("'%s' once in the text", words).hasSize(1);
        return new CharSpan(at.getFirst(), at.getFirst() + words.length());
    }

    static Stream<Case> cases() throws IOException {
        String all;
        try (InputStream in = AttributionPatternsTest.class.getResourceAsStream("/draft/attribution-cases.txt")) {
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> cases = new ArrayList<>();
        for (String block : all.split("(?m)^== ")) {
            if (block.startsWith("#") || block.isBlank()) {
                continue;
            }
            String name = block.substring(0, block.indexOf('\n'));
            String rest = block.substring(block.indexOf('\n') + 1);
            int sep = rest.indexOf("\n--\n");
            String text = rest.substring(0, sep);
            List<Expected> expected = new ArrayList<>();
            for (String line : rest.substring(sep + 4).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                expected.add(new Expected(Kind.valueOf(f[0].toUpperCase()), List.of(f[1].split(" \\|\\| ")),
                        f[2].equals("-") ? null : f[2], f[3].equals("-") ? null : f[3], f.length > 4 ? f[4] : null));
            }
            cases.add(new Case(name, text, expected));
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        return cases.stream();
    }
}
