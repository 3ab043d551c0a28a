package app.verbatim.draft.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.draft.attribution.FoundAttribution.Kind;
import app.verbatim.draft.nlp.Nlp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed article's raw text against its hand-built records: every direct quote with its exact
 * content and source, nearly every reported one, and nothing for the scare-quoted "road map".
 */
class SeedAttributionTest {

    static String text;
    static List<FoundAttribution> found;
    static JsonNode seed;

    @BeforeAll
    static void draft() throws IOException {
        text = read("/seed/vestnik-kavkaza-nazarbayev-baku.txt");
        seed = JsonMapper.builder().build().readTree(read("/seed/vestnik-kavkaza-nazarbayev-baku.json"));
        found = new AttributionFinder().find(new Nlp().analyze(text));
    }

    @Test
    void everyDirectQuoteHasItsExactContentAndSource() {
        List<JsonNode> direct = quotes("direct");
        assertThat(direct).hasSize(7);
        for (JsonNode q : direct) {
            CharSpan content = span(q.get("content"));
            CharSpan source = span(q.get("source"));
            assertThat(found)
                    .as("direct quote %s by '%s'", content.of(text).substring(0, 30), source.of(text))
                    .anySatisfy(a -> {
                        assertThat(a.kind()).isEqualTo(Kind.DIRECT);
                        assertThat(a.content()).containsExactly(content);
                        assertThat(a.source()).isEqualTo(source);
                    });
        }
        assertThat(found.stream().filter(a -> a.kind() == Kind.DIRECT)).hasSize(7);
    }

    @Test
    void atLeastSixOfTheSevenReportedQuotesHaveTheirSourceCueAndMostOfTheirContent() {
        List<JsonNode> indirect = quotes("indirect");
        assertThat(indirect).hasSize(7);
        int matched = 0;
        for (JsonNode q : indirect) {
            CharSpan content = span(q.get("content"));
            CharSpan source = span(q.get("source"));
            CharSpan cue = span(q.get("cue"));
            boolean hit = found.stream().anyMatch(a -> a.kind() == Kind.INDIRECT && source.equals(a.source())
                    && cue.equals(a.cue()) && covered(List.of(a.contentHull()), content) >= 0.8);
            if (!hit) {
                System.out.println("Seed: no reported quote found for '" + source.of(text) + "' " + cue.of(text));
            }
            matched += hit ? 1 : 0;
        }
        assertThat(matched).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theScareQuotedRoadMapIsNoQuote() {
        int roadMap = text.indexOf("\"road map\"");
        assertThat(roadMap).isPositive();
        assertThat(found).noneSatisfy(a -> assertThat(a.kind() == Kind.DIRECT
                && a.content().stream().anyMatch(c -> c.contains(roadMap + 1))).isTrue());
    }

    /** The share of {@code gold}'s characters that the parts cover (the seed keeps one span per quote). */
    static double covered(List<CharSpan> parts, CharSpan gold) {
        int in = 0;
        for (CharSpan p : parts) {
            in += Math.max(0, Math.min(p.end(), gold.end()) - Math.max(p.start(), gold.start()));
        }
        return (double) in / (gold.end() - gold.start());
    }

    static List<JsonNode> quotes(String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode q : seed.get("quotes")) {
            if (q.get("kind").asString().equals(kind)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The seed's spans count code points; ours are String indexes. */
    static CharSpan span(JsonNode s) {
        int start = text.offsetByCodePoints(0, s.get("start").asInt());
        int end = text.offsetByCodePoints(0, s.get("end").asInt());
        assertThat(text.substring(start, end)).isEqualTo(s.get("text").asString());
        return new CharSpan(start, end);
    }

    static String read(String resource) throws IOException {
        try (InputStream in = SeedAttributionTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
