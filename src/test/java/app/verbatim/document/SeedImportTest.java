package app.verbatim.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.ApiTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@ApiTest
class SeedImportTest {

    private static final String SLUG = "vestnik-kavkaza-nazarbayev-baku";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentImporter importer;
    @Autowired
    JsonMapper json;

    @Test
    void storesTheArticleExactlyAsWrittenTypoQuoteMarksAndNonBreakingSpacesIncluded() throws IOException {
        String original;
        try (InputStream in = new ClassPathResource("seed/vestnik-kavkaza-nazarbayev-baku.txt").getInputStream()) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String body = jdbc.sql("select body from article where slug = ?").param(SLUG).query(String.class).single();

        assertThat(body).isEqualTo(original)
                .contains("talks o April 3", "Kazakhstan\u2019s election", "this year.\u00a0It", "countries\u00a0\u00a0through")
                .contains("not represented,\u201d President Aliyev", "\"road map\"");
    }

    /**
     * The content hash is stored with each article, and a document imported again is unchanged
     * (200) only if it hashes as before: a change to how the hash is written would turn every
     * re-import of a stored article into a 409. This is the seed's hash since the first import.
     */
    @Test
    void theSeedHashesAsItAlwaysHas() {
        assertThat(jdbc.sql("select content_hash from article where slug = ?").param(SLUG).query(String.class).single())
                .isEqualTo("79cce2870bcb083659c85b206df726e1f96d3dd26d2d60575d2bf68da32591a4");
    }

    @Test
    void holdsEveryRecordTypeInTheNumbersTheTextGives() {
        assertThat(count("select count(*) from article")).isEqualTo(1);
        assertThat(count("select count(*) from paragraph")).isEqualTo(15);
        assertThat(count("select count(*) from text_note")).isEqualTo(14);
        assertThat(count("select count(*) from person")).isEqualTo(2);
        assertThat(count("select count(*) from catalog_entry where type = 'PLACE'")).isEqualTo(9);
        assertThat(count("select count(*) from catalog_entry where type = 'ORGANIZATION'")).isEqualTo(6);
        assertThat(count("select count(*) from catalog_entry where type = 'TOPIC'")).isEqualTo(8);
        assertThat(count("select count(*) from quote where kind = 'DIRECT'")).isEqualTo(7);
        assertThat(count("select count(*) from quote where kind = 'INDIRECT'")).isEqualTo(7);
        assertThat(count("select count(*) from resolution")).isEqualTo(5);
        assertThat(count("select count(*) from event")).isEqualTo(9);
    }

    @Test
    void attributesEachQuoteToItsSpeaker() {
        var bySpeaker = jdbc.sql("""
                select p.slug || ' ' || q.kind as k, count(*) as n from quote q join person p on p.id = q.speaker_id
                group by 1 order by 1""").query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2))).list();

        assertThat(bySpeaker).containsExactly(
                Map.entry("ilham-aliyev DIRECT", 6), Map.entry("ilham-aliyev INDIRECT", 6),
                Map.entry("nursultan-nazarbayev DIRECT", 1), Map.entry("nursultan-nazarbayev INDIRECT", 1));
    }

    @Test
    void everyStoredSpanHoldsTheBodysTextAtItsOffsets() {
        // Checked by PostgreSQL itself, whose substr also counts code points: independent of the Java check.
        var spans = List.of(
                "paragraph:span", "text_note:span", "person_mention:span", "catalog_mention:span",
                "quote:source", "quote:cue", "quote:content", "quote:channel_span",
                "resolution:demands_span", "resolution:adopted_span", "resolution_mention:span",
                "event:happens_span", "event_evidence:span", "article:published_span");
        int checked = 0;
        for (String spec : spans) {
            String table = spec.split(":")[0];
            String p = spec.split(":")[1];
            String join = table.equals("article") ? "article a on a.id = t.id" : "article a on a.id = t.article_id";
            var counts = jdbc.sql("""
                    select count(*) filter (where t.%2$s_start is not null),
                           count(*) filter (where substr(a.body, t.%2$s_start + 1, t.%2$s_end - t.%2$s_start) <> t.%2$s_text
                                             or left(a.body, t.%2$s_start) not like '%%' || replace(replace(t.%2$s_prefix, '%%', '\\%%'), '_', '\\_')
                                             or substr(a.body, t.%2$s_end + 1) not like replace(replace(t.%2$s_suffix, '%%', '\\%%'), '_', '\\_') || '%%')
                    from %1$s t join %3$s""".formatted(table, p, join))
                    .query((rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
            assertThat(counts[1]).as("spans of %s that differ from the body", spec).isZero();
            checked += counts[0];
        }
        assertThat(checked).as("spans checked").isGreaterThan(150);
    }

    @Test
    void directQuotesAreExactlyTheWordsBetweenTheQuotationMarks() {
        var marks = jdbc.sql("""
                select substr(a.body, q.content_start, 1) || substr(a.body, q.content_end + 1, 1)
                from quote q join article a on a.id = q.article_id where q.kind = 'DIRECT'""").query(String.class).list();

        assertThat(marks).hasSize(7).allSatisfy(m -> assertThat(m).isIn("\"\"", "\"\u201d"));
    }

    @Test
    void theScareQuotedRoadMapIsANoteNotAQuote() {
        assertThat(count("select count(*) from quote where kind = 'DIRECT' and content_text like '%road map%'")).isZero();
        assertThat(jdbc.sql("select span_text from text_note where kind = 'SCARE_QUOTE'").query(String.class).single())
                .isEqualTo("\"road map\"");
    }

    @Test
    void marksWhatTheTextDoesNotSayAsInferredWithItsSource() {
        var identifiers = jdbc.sql("""
                select identifier_value, identifier_stated, identifier_source from resolution
                where kind = 'un_security_council_resolution' order by ordinal""")
                .query((rs, i) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + (rs.getString(3) != null)).list();
        String body = jdbc.sql("select body from article").query(String.class).single();

        assertThat(identifiers).containsExactly("822 false true", "853 false true", "874 false true", "884 false true");
        assertThat(body).doesNotContain("822", "2017", "2016");
        assertThat(count("select count(*) from event where happens_stated = false and happens_source is null")).isZero();
        assertThat(count("select count(*) from event where kind = 'commissioning' and status = 'PLANNED' and happens_precision = 'YEAR'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from event where kind = 'meeting' and status = 'PLANNED' and happens_precision = 'MONTH'"
                + " and place_stated and place_id = (select id from catalog_entry where slug = 'baku')")).isEqualTo(1);
    }

    @Test
    void importingTheSeedAgainChangesNothing() throws IOException {
        ArticleDocument seed;
        try (InputStream in = new ClassPathResource("seed/vestnik-kavkaza-nazarbayev-baku.json").getInputStream()) {
            seed = json.readValue(in, ArticleDocument.class);
        }
        int quotes = count("select count(*) from quote");
        int mentions = count("select count(*) from person_mention");

        var outcome = importer.importDocument(seed);

        assertThat(outcome).isEqualTo(new DocumentImporter.Unchanged(SLUG));
        assertThat(count("select count(*) from quote")).isEqualTo(quotes);
        assertThat(count("select count(*) from person_mention")).isEqualTo(mentions);
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }
}
