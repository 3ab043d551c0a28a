package app.verbatim.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.document.ArticleDocument;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.TextSpan;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Short articles written for these tests (src/test/resources/draft-app), each drafted without a
 * database and compared with the records expected.json says it holds: speakers by title,
 * description, pronoun and patronymic, people sharing a surname, a quote with no speaker, places,
 * organizations, times and events. Every draft must also be importable as it is.
 */
class DraftArticlesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static JsonNode expected;
    private static final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Drafter drafter = Drafter.standalone();

    @BeforeAll
    static void load() throws IOException {
        expected = JSON.readTree(read("expected.json"));
    }

    static Stream<String> articles() throws IOException {
        return JSON.readTree(read("expected.json")).propertyNames().stream().filter(n -> !n.startsWith("_")).sorted();
    }

    @Test
    void coversAtLeastTwentyArticles() throws IOException {
        assertThat(articles()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void draftsTheExpectedRecords(String name) throws IOException {
        var want = expected.get(name);
        var draft = draft(name, want);
        var doc = draft.document();

        var quotes = doc.quotes().stream().map(q -> List.of(q.kind().name().toLowerCase(), q.speaker().id(), q.source().text(),
                q.content().text())).toList();
        var wantQuotes = new ArrayList<List<String>>();
        want.get("quotes").forEach(q -> wantQuotes.add(List.of(q.get("kind").asString(), q.get("speaker").asString(),
                q.get("source").asString(), q.get("content").asString())));
        assertThat(quotes).as("quotes (kind, speaker, source, content)").isEqualTo(wantQuotes);

        assertThat(doc.people().stream().map(p -> p.id()).toList()).as("people").isEqualTo(strings(want.get("people"), "id"));
        for (var p : want.get("people")) {
            var found = doc.people().stream().filter(d -> d.id().equals(p.get("id").asString())).findFirst().orElseThrow();
            assertThat(found.name()).isEqualTo(p.get("name").asString());
            assertThat(found.role()).as("role of " + found.id()).isEqualTo(p.get("role").isNull() ? null : p.get("role").asString());
            assertThat(found.aliases()).as("aliases of " + found.id()).containsAll(strings(p.get("aliases"), null));
        }
        assertThat(doc.places().stream().map(e -> e.id()).toList()).as("places").isEqualTo(strings(want.get("places"), null));
        assertThat(doc.organizations().stream().map(e -> e.id()).toList()).as("organizations")
                .isEqualTo(strings(want.get("organizations"), null));

        var events = doc.events().stream().map(e -> List.of(e.kind(), e.status().name().toLowerCase(), String.valueOf(e.when().earliest()),
                String.valueOf(e.when().latest()), e.when().precision().name().toLowerCase(), String.valueOf(e.when().stated()),
                e.place() == null ? "null" : e.place().id(), String.join(",", e.participants().stream().map(r -> r.id()).toList()))).toList();
        var wantEvents = new ArrayList<List<String>>();
        want.get("events").forEach(e -> wantEvents.add(List.of(e.get("kind").asString(), e.get("status").asString(), text(e.get("earliest")),
                text(e.get("latest")), e.get("precision").asString(), String.valueOf(e.get("stated").asBoolean()), text(e.get("place")),
                String.join(",", strings(e.get("participants"), null)))));
        assertThat(events).as("events (kind, status, earliest, latest, precision, stated, place, participants)").isEqualTo(wantEvents);

        for (var n : want.get("notes")) {
            assertThat(doc.notes()).as("note " + n).anySatisfy(d -> {
                assertThat(d.kind().name().toLowerCase()).isEqualTo(n.get("kind").asString());
                assertThat(d.span().text()).isEqualTo(n.get("text").asString());
            });
        }
        for (var r : want.get("review")) {
            assertThat(draft.review()).as("review item " + r).anySatisfy(d -> {
                assertThat(d.path()).isEqualTo(r.get("path").asString());
                assertThat(d.rule()).isEqualTo(r.get("rule").asString());
            });
        }
        assertThat(problems(doc)).as("what would stop the import").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void draftsTheSameTextTheSameWayByteForByte(String name) throws IOException {
        var want = expected.get(name);
        assertThat(JSON.writeValueAsString(draft(name, want))).isEqualTo(JSON.writeValueAsString(draft(name, want)));
    }

    private static Draft draft(String name, JsonNode want) throws IOException {
        String language = want.has("language") ? want.get("language").asString() : null;
        return drafter.draft(new DraftRequest(read(name), null, null, null, language, LocalDate.parse(want.get("published").asString())));
    }

    /** The importer's checks that need no database: fields, spans against the body, references within the document. */
    static List<String> problems(ArticleDocument doc) {
        var problems = new ArrayList<String>();
        validator.validate(doc).forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
        var anchors = new Anchors(doc.body());
        var spans = new ArrayList<TextSpan>();
        doc.paragraphs().forEach(p -> spans.add(p.span()));
        doc.notes().forEach(n -> spans.add(n.span()));
        doc.people().forEach(p -> spans.addAll(p.mentions()));
        Stream.of(doc.places(), doc.organizations(), doc.topics()).flatMap(List::stream).forEach(e -> spans.addAll(e.mentions()));
        doc.quotes().forEach(q -> spans.addAll(List.of(q.source(), q.cue(), q.content())));
        doc.events().forEach(e -> {
            spans.addAll(e.evidence());
            if (e.when().span() != null) {
                spans.add(e.when().span());
            }
            if (!e.when().stated() && e.when().source() == null) {
                problems.add("an event's time the text does not state has no source");
            }
        });
        spans.forEach(s -> anchors.check("span", s).problems().forEach(p -> problems.add(p.field() + ": " + p.message())));
        var people = doc.people().stream().map(p -> p.id()).toList();
        var places = doc.places().stream().map(p -> p.id()).toList();
        doc.quotes().forEach(q -> {
            if (!people.contains(q.speaker().id())) {
                problems.add("speaker " + q.speaker().id() + " is not among the people");
            }
        });
        doc.events().forEach(e -> {
            if (e.place() != null && !places.contains(e.place().id())) {
                problems.add("place " + e.place().id() + " is not among the places");
            }
            e.participants().forEach(p -> {
                if (!people.contains(p.id())) {
                    problems.add("participant " + p.id() + " is not among the people");
                }
            });
        });
        if (people.stream().distinct().count() != people.size()) {
            problems.add("a person is listed twice");
        }
        return problems;
    }

    private static List<String> strings(JsonNode array, String field) {
        var result = new ArrayList<String>();
        array.forEach(n -> result.add(field == null ? n.asString() : n.get(field).asString()));
        return result;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asString();
    }

    private static String read(String name) throws IOException {
        try (InputStream in = DraftArticlesTest.class.getResourceAsStream("/draft-app/" + name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
