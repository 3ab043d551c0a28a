package app.verbatim.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.verbatim.support.OwnDatabaseTest;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A tiny corpus in a database of its own (not the API tests' shared one), generated at start-up
 * by the runner exactly as {@code --verbatim.corpus.generate=true} does, without the seed article.
 */
@OwnDatabaseTest
@TestPropertySource(properties = {
        "verbatim.seed.location=",
        "verbatim.corpus.generate=true",
        "verbatim.corpus.then-serve=true",
        "verbatim.corpus.articles=20",
        "verbatim.corpus.quotes=100",
        "verbatim.corpus.people=10",
        "verbatim.corpus.events=20"})
class CorpusGeneratorTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    CorpusProperties properties;

    @Test
    void generatesTheAskedNumbersOfEachRecord() {
        assertThat(count("select count(*) from article where url like 'https://corpus.verbatim.invalid/%'")).isEqualTo(20);
        assertThat(count("select count(*) from article")).isEqualTo(20);
        assertThat(count("select count(*) from quote")).isEqualTo(100);
        assertThat(count("select count(*) from person")).isEqualTo(10);
        assertThat(count("select count(*) from event")).isEqualTo(20);
        assertThat(count("select count(*) from person p where (select count(*) from person_alias a where a.person_id = p.id) not between 1 and 4")).isZero();
        assertThat(count("select count(*) from catalog_entry where type = 'TOPIC'")).isPositive();
        assertThat(count("select count(*) from quote_topic")).isPositive();
        assertThat(count("select count(*) from event_evidence")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(distinct status) from event")).isGreaterThan(1);
        assertThat(count("select count(distinct happens_precision) from event")).isGreaterThan(1);
        assertThat(count("select max(published_earliest) - min(published_earliest) from article")).isGreaterThan(3000);
    }

    /** A million changes no script could use would double the load: the corpus moves the change log's start instead. */
    @Test
    void writesNoChangeLogAndMovesItsStartPastEveryEarlierCursor() {
        assertThat(count("select count(*) from change")).isZero();
        assertThat(count("select count(*) from change_horizon where xid > '0'::xid8")).isEqualTo(1);
    }

    @Test
    void everySpanIsTheBodyAtItsCodePointOffsets() {
        String spans = """
                select 'paragraph' as kind, article_id, span_start s, span_end e, span_text t, span_prefix pre, span_suffix suf from paragraph
                union all select 'note', article_id, span_start, span_end, span_text, span_prefix, span_suffix from text_note
                union all select 'person mention', article_id, span_start, span_end, span_text, span_prefix, span_suffix from person_mention
                union all select 'catalog mention', article_id, span_start, span_end, span_text, span_prefix, span_suffix from catalog_mention
                union all select 'source', article_id, source_start, source_end, source_text, source_prefix, source_suffix from quote
                union all select 'cue', article_id, cue_start, cue_end, cue_text, cue_prefix, cue_suffix from quote
                union all select 'content', article_id, content_start, content_end, content_text, content_prefix, content_suffix from quote
                union all select 'channel', article_id, channel_span_start, channel_span_end, channel_span_text, channel_span_prefix, channel_span_suffix
                          from quote where channel_span_start is not null
                union all select 'happens', article_id, happens_span_start, happens_span_end, happens_span_text, happens_span_prefix, happens_span_suffix
                          from event where happens_span_start is not null
                union all select 'evidence', article_id, span_start, span_end, span_text, span_prefix, span_suffix from event_evidence
                union all select 'published', id, published_span_start, published_span_end, published_span_text, published_span_prefix, published_span_suffix
                          from article where published_span_start is not null""";
        var wrong = jdbc.sql("select x.kind || ' in article ' || x.article_id || ' at ' || x.s from (" + spans + ") x join article a on a.id = x.article_id"
                        + " where x.e > char_length(a.body) or substr(a.body, x.s + 1, x.e - x.s) is distinct from x.t"
                        + "    or x.pre is distinct from substr(a.body, greatest(x.s - 32, 0) + 1, x.s - greatest(x.s - 32, 0))"
                        + "    or x.suf is distinct from substr(a.body, x.e + 1, 32)")
                .query(String.class).list();
        assertThat(wrong).isEmpty();
        assertThat(count("select count(*) from (" + spans + ") x")).isGreaterThan(300);
        // Offsets count code points: some bodies hold characters outside the BMP (emoji), where UTF-16 would differ.
        var bodies = jdbc.sql("select body from article").query(String.class).list();
        assertThat(bodies).anyMatch(b -> b.codePointCount(0, b.length()) != b.length());
        assertThat(bodies).anyMatch(b -> b.contains("\u00a0"));
        assertThat(bodies).anyMatch(b -> b.contains("“") || b.contains("”"));
    }

    @Test
    void aFewPeopleSayMostOfTheQuotes() {
        var perSpeaker = jdbc.sql("select count(*) from quote group by speaker_id order by 1 desc").query(Long.class).list();
        // Ten people, 100 quotes: even shares would be 10 each.
        assertThat(perSpeaker.getFirst()).isGreaterThanOrEqualTo(25);
        assertThat(perSpeaker.getFirst()).isGreaterThan(perSpeaker.subList(perSpeaker.size() / 2, perSpeaker.size())
                .stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void theSpeakerLawAtTheDefaultSizeIsZipf() {
        var zipf = new Zipf(20_000, 1.0);
        var random = new SplittableRandom(42);
        int[] hits = new int[zipf.size()];
        for (int i = 0; i < 1_000_000; i++) {
            hits[zipf.sample(random)]++;
        }
        int top200 = Arrays.stream(hits, 0, 200).sum();
        assertThat(hits[0]).isBetween(85_000, 105_000); // 1/H(20000) ≈ 9.5 %
        assertThat(top200).isGreaterThan(500_000);       // 1 % of the people say over half
        assertThat(Arrays.stream(hits).filter(h -> h <= 50).count()).isGreaterThan(10_000); // most are rarely quoted
    }

    @Test
    void countsAddUpExactly() {
        int[] quotes = CorpusGenerator.spread(42, 2, 1_000_000, 100_000, 0.6, 20);
        assertThat(Arrays.stream(quotes).asLongStream().sum()).isEqualTo(1_000_000);
        assertThat(Arrays.stream(quotes).filter(q -> q == 0).count()).isGreaterThan(10_000);
        assertThat(Arrays.stream(quotes).max().orElseThrow()).isLessThan(100);
    }

    @Test
    void theSameSeedGivesTheSameCorpusAndAPresentCorpusIsRefused() throws Exception {
        var generator = new CorpusGenerator(dataSource);
        String first = checksum();

        generator.generate(properties.withReplace(true));
        assertThat(checksum()).isEqualTo(first);

        generator.generate(properties.withSeed(7).withReplace(true));
        String other = checksum();
        assertThat(other).isNotEqualTo(first);

        assertThatThrownBy(() -> generator.generate(properties.withReplace(false)))
                .isInstanceOf(CorpusGenerator.CorpusPresentException.class)
                .hasMessageContaining("--verbatim.corpus.replace=true");
        assertThat(checksum()).isEqualTo(other);
        assertThat(count("select count(*) from article")).isEqualTo(20);

        generator.generate(properties.withReplace(true));
        assertThat(checksum()).isEqualTo(first);
    }

    /** A digest of the content, by slug rather than by id, so it does not depend on key values. */
    private String checksum() {
        var parts = List.of(
                "select concat_ws('|', slug, headline, publisher, url, published_earliest, published_span_start, published_stated, published_source, body, content_hash, created_at, updated_at) from article",
                "select concat_ws('|', slug, name, role, country, (select string_agg(alias, ',' order by ordinal) from person_alias a where a.person_id = p.id)) from person p",
                "select concat_ws('|', type, slug, name, kind, country) from catalog_entry",
                "select concat_ws('|', a.slug, p.ordinal, p.kind, p.span_start, p.span_end) from paragraph p join article a on a.id = p.article_id",
                "select concat_ws('|', a.slug, n.ordinal, n.kind, n.span_start, n.span_end, n.note) from text_note n join article a on a.id = n.article_id",
                "select concat_ws('|', a.slug, p.slug, m.span_start, m.span_end) from person_mention m join article a on a.id = m.article_id join person p on p.id = m.person_id",
                "select concat_ws('|', a.slug, e.type, e.slug, m.span_start, m.span_end) from catalog_mention m join article a on a.id = m.article_id join catalog_entry e on e.id = m.entry_id",
                """
                select concat_ws('|', a.slug, q.ordinal, p.slug, q.kind, q.source_start, q.source_end, q.cue_start, q.cue_end,
                       q.content_start, q.content_end, q.content_text, q.channel_name, q.channel_span_start,
                       (select string_agg(t.slug, ',' order by qt.ordinal) from quote_topic qt join catalog_entry t on t.id = qt.topic_id where qt.quote_id = q.id))
                from quote q join article a on a.id = q.article_id join person p on p.id = q.speaker_id""",
                """
                select concat_ws('|', a.slug, e.ordinal, e.kind, e.title, e.status, e.happens_earliest, e.happens_latest, e.happens_precision,
                       e.happens_span_start, e.happens_stated, e.happens_source, pl.slug, e.place_stated, e.place_source,
                       (select string_agg(p.slug, ',' order by ep.ordinal) from event_participant ep join person p on p.id = ep.person_id where ep.event_id = e.id),
                       (select string_agg(v.span_start || '-' || v.span_end, ',' order by v.span_start) from event_evidence v where v.event_id = e.id))
                from event e join article a on a.id = e.article_id left join catalog_entry pl on pl.id = e.place_id""");
        return jdbc.sql("select md5(string_agg(x, E'\\n' order by x)) from (" + String.join(" union all ", parts) + ") c(x)")
                .query(String.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
