package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.catalog.EntryInput;
import app.verbatim.event.EventInput;
import app.verbatim.event.EventInput.PlaceClaim;
import app.verbatim.event.EventStatus;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteKind;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import app.verbatim.support.ApiTest;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The import path every article takes; each test's writes are rolled back. */
@ApiTest
@Transactional
class DocumentImportTest {

    private static final String BODY = "Ann Smith said: \"We will build it \uD83D\uDE80 in May.\"";

    @Autowired
    DocumentImporter importer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;

    @Test
    void acceptsAnArticleWithOnlyAHeadlineAndABody() {
        var outcome = importer.importDocument(bare("just-text", "Just text"));
        entityManager.flush(); // keys come in blocks, so rows wait for the flush; this test never commits

        assertThat(outcome).isEqualTo(new DocumentImporter.Created("just-text"));
        assertThat(jdbc.sql("select body from article where slug = 'just-text'").query(String.class).single()).isEqualTo(BODY);
    }

    @Test
    void storesQuotesWhoseOffsetsCountCodePointsPastAnEmoji() {
        importer.importDocument(withQuote(span(17, 43)));
        entityManager.flush();

        assertThat(jdbc.sql("select content_text from quote q join article a on a.id = q.article_id where a.slug = 'rocket'")
                .query(String.class).single()).isEqualTo("We will build it \uD83D\uDE80 in May.");
    }

    @Test
    void fillsInPrefixAndSuffixSoTheAnchorCanBeFoundAfterAnEdit() {
        importer.importDocument(withQuote(span(17, 43)));
        entityManager.flush();

        assertThat(jdbc.sql("select content_prefix || '|' || content_suffix from quote q join article a on a.id = q.article_id where a.slug = 'rocket'")
                .query(String.class).single()).isEqualTo("Ann Smith said: \"|\"");
    }

    @Test
    void refusesASpanWhoseTextIsNotTheBodysAndStoresNothing() {
        var wrong = new TextSpan(17, 43, "We will build it soon in May.", null, null);

        assertThatThrownBy(() -> importer.importDocument(withQuote(wrong)))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("quotes[0].content.text"));
        assertThat(jdbc.sql("select count(*) from article where slug = 'rocket'").query(Integer.class).single()).isZero();
    }

    @Test
    void listsEveryFailingFieldNotJustTheFirst() {
        var doc = withQuote(new TextSpan(17, 999, "x", null, null));
        var broken = new ArticleDocument(doc.slug(), doc.headline(), null, null, "en", doc.published(), BODY, List.of(), List.of(),
                doc.people(), doc.places(), List.of(), List.of(),
                List.of(new QuoteInput(QuoteKind.DIRECT, new IdRef("nobody"), span(0, 9), new TextSpan(10, 14, "SAID", null, null),
                        new TextSpan(17, 999, "x", null, null), null, List.of(new IdRef("no-topic")))),
                List.of(), List.of(new EventInput("building", "Building", EventStatus.PLANNED,
                        new TimeRef(LocalDate.of(2017, 5, 31), LocalDate.of(2017, 5, 1), TimeRef.Precision.MONTH, null, false, null),
                        new PlaceClaim("atlantis", false, null), List.of(), List.of(span(39, 42)))));

        assertThatThrownBy(() -> importer.importDocument(broken))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "quotes[0].cue.text", "quotes[0].content", "quotes[0].speaker.id", "quotes[0].topics[0].id",
                                "events[0].when.earliest", "events[0].when.source", "events[0].place.id", "events[0].place.source"));
    }

    @Test
    void refusesMalformedFieldsBeforeLookingAtSpans() {
        var doc = new ArticleDocument("Not A Slug", " ", null, "ftp://x", "english", null, BODY, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> importer.importDocument(doc))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("headline", "language", "slug", "url"));
    }

    @Test
    void refusesTheSamePersonListedTwice() {
        var ann = new PersonInput("ann-smith", "Ann Smith", null, null, List.of(), null, List.of());
        var doc = bare("twice", "Twice");
        var twice = new ArticleDocument("twice", "Twice", null, null, "en", null, BODY, List.of(), List.of(), List.of(ann, ann),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(doc.people()).isEmpty();
        assertThatThrownBy(() -> importer.importDocument(twice))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("people[1].id"));
    }

    @Test
    void aDifferentDocumentUnderAStoredSlugIsAConflictAndChangesNothing() {
        importer.importDocument(bare("same-slug", "First"));

        var outcome = importer.importDocument(bare("same-slug", "Second"));

        assertThat(outcome).isEqualTo(new DocumentImporter.Conflict("same-slug"));
        assertThat(jdbc.sql("select headline from article where slug = 'same-slug'").query(String.class).single()).isEqualTo("First");
    }

    @Test
    void aPersonQuotedInTwoArticlesIsOnePersonWithTheAliasesOfBoth() {
        importer.importDocument(withQuote(span(17, 43)));
        var second = new ArticleDocument("second", "Second", null, null, "en", null, "Smith spoke.", List.of(), List.of(),
                List.of(new PersonInput("ann-smith", "Ann Smith", null, null, List.of("Smith"), null, List.of(span("Smith spoke.", 0, 5)))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        importer.importDocument(second);
        entityManager.flush(); // the alias is a pending change until commit, and this test never commits

        assertThat(jdbc.sql("select count(*) from person where slug = 'ann-smith'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select string_agg(alias, ',' order by ordinal) from person_alias a join person p on p.id = a.person_id where p.slug = 'ann-smith'")
                .query(String.class).single()).isEqualTo("Ann Smith,Smith");
    }

    private static ArticleDocument bare(String slug, String headline) {
        return new ArticleDocument(slug, headline, null, null, "en", null, BODY, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static ArticleDocument withQuote(TextSpan content) {
        var ann = new PersonInput("ann-smith", "Ann Smith", "Engineer", null, List.of("Ann Smith"), null, List.of(span(0, 9)));
        var may = new EntryInput("may-topic", "Building", null, null, List.of());
        return new ArticleDocument("rocket", "Rocket", null, null, "en", null, BODY, List.of(), List.of(), List.of(ann),
                List.of(), List.of(), List.of(may),
                List.of(new QuoteInput(QuoteKind.DIRECT, new IdRef("ann-smith"), span(0, 9), span(10, 14), content, null,
                        List.of(new IdRef("may-topic")))),
                List.of(), List.of());
    }

    private static TextSpan span(int start, int end) {
        return span(BODY, start, end);
    }

    private static TextSpan span(String body, int start, int end) {
        int[] cps = body.codePoints().toArray();
        return new TextSpan(start, end, new String(cps, start, end - start), null, null);
    }
}
