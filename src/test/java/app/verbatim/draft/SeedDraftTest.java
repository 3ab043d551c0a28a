package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.document.ArticleDocument;
import app.verbatim.event.EventInput;
import app.verbatim.event.EventStatus;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteKind;
import app.verbatim.shared.TimeRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's raw text through the drafter, compared with the seed's hand-built records: the
 * figures docs/extraction.md gives ("The seed through the drafter"). Prints the per-record match
 * table and writes it to {@code target/seed-draft.md}.
 */
class SeedDraftTest {

    static ArticleDocument draft;
    static List<ReviewItem> review;
    static JsonNode seed;
    static final List<String> table = new ArrayList<>();

    @BeforeAll
    static void draftTheSeed() throws IOException {
        String text = read("/seed/vestnik-kavkaza-nazarbayev-baku.txt");
        seed = JsonMapper.builder().build().readTree(read("/seed/vestnik-kavkaza-nazarbayev-baku.json"));
        var result = Drafter.standalone().draft(new DraftRequest(text, null, null, null, null, LocalDate.of(2017, 4, 3)));
        draft = result.document();
        review = result.review();
        table.add("| seed record | drafted | match |");
        table.add("|---|---|---|");
        for (JsonNode q : seed.get("quotes")) {
            var kind = QuoteKind.valueOf(q.get("kind").asString().toUpperCase());
            var exact = draft.quotes().stream().filter(d -> d.kind() == kind && sameSpan(d.content().start(), d.content().end(), q.get("content")))
                    .findFirst().orElse(null);
            var overlapping = exact != null ? exact : draft.quotes().stream()
                    .filter(d -> d.content().start() < q.get("content").get("end").asInt() && q.get("content").get("start").asInt() < d.content().end())
                    .findFirst().orElse(null);
            String seedCell = "%s %s [%d, %d) \"%s…\"".formatted(kind.name().toLowerCase(), q.get("speaker").get("id").asString(),
                    q.get("content").get("start").asInt(), q.get("content").get("end").asInt(), head(q.get("content").get("text").asString()));
            String drafted = overlapping == null ? "—" : "%s %s, source \"%s\", cue \"%s\" [%d, %d)".formatted(overlapping.kind().name().toLowerCase(),
                    overlapping.speaker().id(), overlapping.source().text(), overlapping.cue().text(), overlapping.content().start(), overlapping.content().end());
            String match = exact == null ? (overlapping == null ? "missed" : "overlap only")
                    : exact.speaker().id().equals(q.get("speaker").get("id").asString()) ? "exact, right speaker" : "exact, WRONG speaker";
            table.add("| %s | %s | %s |".formatted(seedCell, drafted, match));
        }
        for (JsonNode e : seed.get("events")) {
            var found = draft.events().stream().filter(d -> d.kind().equals(e.get("kind").asString())).findFirst().orElse(null);
            String seedCell = "event %s, %s, %s %s–%s".formatted(e.get("kind").asString(), e.get("status").asString(),
                    e.get("when").get("precision").asString(), text(e.get("when").get("earliest")), text(e.get("when").get("latest")));
            String drafted = found == null ? "—" : "%s, %s, %s %s–%s, stated %s, at %s".formatted(found.title(), found.status().name().toLowerCase(),
                    found.when().precision().name().toLowerCase(), found.when().earliest(), found.when().latest(), found.when().stated(),
                    found.place() == null ? "—" : found.place().id());
            String match = found == null ? "missed" : sameWhen(found, e) ? "same kind, status and time" : "same kind, differs";
            table.add("| %s | %s | %s |".formatted(seedCell, drafted, match));
        }
        for (JsonNode p : seed.get("people")) {
            var found = person(p.get("id").asString());
            var missing = new ArrayList<String>();
            p.get("aliases").forEach(a -> {
                if (found == null || !found.aliases().contains(a.asString())) {
                    missing.add(a.asString());
                }
            });
            table.add("| person %s, %d aliases | %s | %s |".formatted(p.get("id").asString(), p.get("aliases").size(),
                    found == null ? "—" : found.name() + ", " + found.role() + ", " + found.aliases().size() + " aliases",
                    found == null ? "missed" : missing.isEmpty() ? "every alias" : "missing " + missing));
        }
        System.out.println(String.join("\n", table));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/seed-draft.md"), String.join("\n", table) + "\n");
    }

    @Test
    void findsAllSevenDirectQuotesWithTheirExactContentAndRightSpeaker() {
        var direct = quotes("direct");
        assertThat(direct).hasSize(7);
        for (JsonNode q : direct) {
            assertThat(draft.quotes()).as("direct quote at %s", q.get("content").get("start"))
                    .anySatisfy(d -> {
                        assertThat(d.kind()).isEqualTo(QuoteKind.DIRECT);
                        assertThat(sameSpan(d.content().start(), d.content().end(), q.get("content"))).isTrue();
                        assertThat(d.speaker().id()).isEqualTo(q.get("speaker").get("id").asString());
                    });
        }
        assertThat(draft.quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT)).hasSize(7);
    }

    @Test
    void namesTheChannelTheWordsCameThrough() {
        var cited = draft.quotes().stream().filter(q -> q.cue().text().equals("cited")).findFirst().orElseThrow();
        assertThat(Objects.requireNonNull(cited.channel()).name()).isEqualTo("the official website");
        assertThat(cited.channel().span().start()).isEqualTo(1268);
    }

    @Test
    void findsAtLeastSixOfTheSevenReportedQuotesWithTheirExactContentAndRightSpeaker() {
        var indirect = quotes("indirect");
        assertThat(indirect).hasSize(7);
        long matched = indirect.stream().filter(q -> draft.quotes().stream().anyMatch(d -> d.kind() == QuoteKind.INDIRECT
                && sameSpan(d.content().start(), d.content().end(), q.get("content"))
                && d.speaker().id().equals(q.get("speaker").get("id").asString()))).count();
        assertThat(matched).isGreaterThanOrEqualTo(6);
    }

    @Test
    void recordsNoQuoteForTheScareQuotedRoadMap() {
        assertThat(draft.quotes()).noneSatisfy(q -> assertThat(q.content().text()).isEqualTo("road map"));
        assertThat(draft.notes()).anySatisfy(n -> assertThat(n.span().text()).isEqualTo("\"road map\""));
    }

    @Test
    void hasBothPresidentsWithEveryAliasTheSeedGivesThem() {
        for (JsonNode p : seed.get("people")) {
            var found = person(p.get("id").asString());
            assertThat(found).as(p.get("id").asString()).isNotNull();
            var aliases = new ArrayList<String>();
            p.get("aliases").forEach(a -> aliases.add(a.asString()));
            assertThat(Objects.requireNonNull(found).aliases()).containsAll(aliases);
            assertThat(found.role()).isEqualTo(p.get("role").asString());
        }
        assertThat(draft.people()).hasSize(2);
    }

    @Test
    void plansTheCommissionsMeetingForMay2017InBaku() {
        var meeting = event("meeting");
        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(meeting.when().precision()).isEqualTo(TimeRef.Precision.MONTH);
        assertThat(meeting.when().earliest()).isEqualTo(LocalDate.of(2017, 5, 1));
        assertThat(meeting.when().latest()).isEqualTo(LocalDate.of(2017, 5, 31));
        assertThat(meeting.when().stated()).isFalse();
        assertThat(Objects.requireNonNull(meeting.place()).id()).isEqualTo("baku");
    }

    @Test
    void plansTheRailwaysCommissioningFor2017WithTheYearInferred() {
        var commissioning = event("commissioning");
        assertThat(commissioning.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(commissioning.when().precision()).isEqualTo(TimeRef.Precision.YEAR);
        assertThat(commissioning.when().earliest()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(commissioning.when().latest()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(commissioning.when().stated()).isFalse();
        assertThat(commissioning.when().source()).contains("2017");
        assertThat(review).anySatisfy(r -> assertThat(r.path()).isEqualTo("events/" + draft.events().indexOf(commissioning) + ".when"));
    }

    @Test
    void readsTheLayoutAndTheNotesTheSeedHas() {
        assertThat(draft.headline()).isEqualTo(seed.get("headline").asString());
        assertThat(draft.paragraphs()).hasSameSizeAs(seed.get("paragraphs"));
        for (int i = 0; i < draft.paragraphs().size(); i++) {
            var expected = seed.get("paragraphs").get(i);
            assertThat(draft.paragraphs().get(i).kind().name().toLowerCase()).isEqualTo(expected.get("kind").asString());
            assertThat(sameSpan(draft.paragraphs().get(i).span().start(), draft.paragraphs().get(i).span().end(), expected.get("span"))).isTrue();
        }
        for (String kind : List.of("repeated_headline", "mixed_quote_marks", "non_breaking_space", "boilerplate", "scare_quote",
                "unattributed_statement")) {
            for (JsonNode n : seed.get("notes")) {
                if (n.get("kind").asString().equals(kind)) {
                    assertThat(draft.notes()).as("%s note at %s", kind, n.get("span").get("start"))
                            .anySatisfy(d -> assertThat(sameSpan(d.span().start(), d.span().end(), n.get("span"))
                                    && d.kind().name().toLowerCase().equals(kind)).isTrue());
                }
            }
        }
    }

    private static boolean sameWhen(EventInput d, JsonNode e) {
        return d.status().name().toLowerCase().equals(e.get("status").asString())
                && d.when().precision().name().toLowerCase().equals(e.get("when").get("precision").asString())
                && Objects.equals(String.valueOf(d.when().earliest()), text(e.get("when").get("earliest")))
                && Objects.equals(String.valueOf(d.when().latest()), text(e.get("when").get("latest")));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asString();
    }

    private static EventInput event(String kind) {
        return draft.events().stream().filter(e -> e.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " event in " + draft.events()));
    }

    private static PersonInput person(String id) {
        return draft.people().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    private static List<JsonNode> quotes(String kind) {
        var result = new ArrayList<JsonNode>();
        seed.get("quotes").forEach(q -> {
            if (q.get("kind").asString().equals(kind)) {
                result.add(q);
            }
        });
        return result;
    }

    private static boolean sameSpan(int start, int end, JsonNode span) {
        return start == span.get("start").asInt() && end == span.get("end").asInt();
    }

    private static String head(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SeedDraftTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
