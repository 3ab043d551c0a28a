package app.verbatim.quote;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.Match;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.RankOrNewest;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.Conditions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query side of quotes, in SQL: full-text search ({@code websearch_to_tsquery} over a
 * generated, GIN-indexed {@code tsvector}) and filters that read the article's date and the
 * catalog's mentions. It returns whole views, each page in one statement: no entity is loaded
 * and no look-up is made per quote.
 */
@Component
class QuoteSearch {

    private static final String SNIPPET_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final RankOrNewest rule;

    QuoteSearch(JdbcClient jdbc, RankOrNewest rule) {
        this.jdbc = jdbc;
        this.rule = rule;
    }

    /**
     * A page of views; {@code total} is a count, or a lower bound when {@code totalIsLowerBound}
     * (a broad full-text query); {@code sort} is the order applied.
     */
    record Result(List<QuoteView> views, long total, boolean totalIsLowerBound, QuoteSort sort) {
    }

    private static final String MATCHES = "(q.search @@ query)";

    @Transactional(readOnly = true)
    Result search(QuoteFilter filter, List<Long> speakerKeys, PageQuery page) {
        // A full-text query left to the service is ranked or answered newest first by RankOrNewest's rule.
        return rule.run(filter.q() != null, filter.sort() != null, () -> find(filter, speakerKeys, page));
    }

    private Result find(QuoteFilter filter, List<Long> speakerKeys, PageQuery page) {
        // speakerKeys: the people the filter's speakers name, already resolved (empty: no speaker filter).
        boolean text = filter.q() != null;
        QuoteSort requested = filter.sort();
        QuoteSort sort = requested != null ? requested : text ? QuoteSort.RELEVANCE : QuoteSort.NEWEST;
        if (sort == QuoteSort.RELEVANCE && !text) {
            throw new BadParameterException("sort", "relevance needs a full-text query in 'q'");
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("from", "must not be after 'to'");
        }
        // An equality for one speaker, not "= any(array)", so the planner walks quote_speaker_newest in order.
        var where = new Conditions()
                .and("q.speaker_id = :speaker", "speaker", speakerKeys.size() == 1 ? speakerKeys.getFirst() : null)
                .and("q.speaker_id = any(:speakers)", "speakers", speakerKeys.size() > 1 ? speakerKeys.toArray(Long[]::new) : null)
                .and("q.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .and("lower(q.cue_text) = lower(:cue)", "cue", filter.cue())
                .and("a.slug = :article", "article", filter.article())
                .and("""
                        exists (select 1 from quote_topic qt join catalog_entry t on t.id = qt.topic_id
                                where qt.quote_id = q.id and t.type = 'TOPIC' and t.slug = :topic)""", "topic", filter.topic())
                .and(mentioned("PLACE", "place"), "place", filter.place())
                .and(mentioned("ORGANIZATION", "organization"), "organization", filter.organization())
                .and("a.published_latest >= :from", "from", filter.from())
                // The article's earliest date, as kept on the quote (V4): a newest-first walk along
                // quote_newest then starts at "to" instead of at today.
                .and("q.article_published <= :to", "to", filter.to())
                .and("q.updated_at >= :updatedSince", "updatedSince", filter.updatedSince());
        var params = where.params();
        boolean needsArticle = filter.article() != null || filter.from() != null;
        String from = needsArticle ? "quote q join article a on a.id = q.article_id" : "quote q";
        if (text) {
            from += ", websearch_to_tsquery('english', :q) query";
            where.and(MATCHES).param("q", filter.q());
        }
        String condition = where.where();
        boolean lowerBound = false;
        long total;
        String ids = null;
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        if (text && requested == null) {
            // One pass over at most as many matches as would be ranked, and one more: how many there
            // are (up to that), and, when that is all of them, their ranks and so the page.
            params.addValue("countLimit", rule.countLimit());
            var first = jdbc.sql("with m as materialized (select q.id, ts_rank_cd(q.search, query) as rank, "
                            + "q.article_published, q.article_id, q.ordinal from " + from + condition + " limit :countLimit) "
                            + "select (select count(*) from m) as total, array(select id from m order by rank desc, "
                            + "article_published desc nulls last, article_id desc, ordinal, id limit :limit offset :offset) as ids")
                    .paramSource(params)
                    .query((rs, i) -> new Object[] {rs.getLong("total"), rs.getArray("ids").getArray()})
                    .single();
            total = (Long) first[0];
            if (rule.tooManyToRank(total)) {
                lowerBound = true;
                sort = QuoteSort.NEWEST;
                // Matches are plentiful: walking a newest-first index (quote_newest, or
                // quote_speaker_newest with a speaker) and testing each quote finds a page in a few
                // hundred rows; "is true" hides the test from the text index (see walkNewestFirst).
                condition = where.replace(MATCHES, MATCHES + " is true").where();
                rule.walkNewestFirst(jdbc);
            } else {
                params.addValue("ids", first[1]);
                ids = "cast(:ids as bigint[])";
            }
        } else {
            total = jdbc.sql("select count(*) from " + from + condition).paramSource(params).query(Long.class).single();
        }
        if (total == 0 || (!lowerBound && page.offset() >= total)) {
            return new Result(List.of(), total, lowerBound, sort);
        }
        if (ids == null) {
            String order = switch (sort) {
                case RELEVANCE -> "ts_rank_cd(q.search, query) desc, q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id";
                case NEWEST -> "q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id";
                case OLDEST -> "q.article_published asc nulls last, q.article_id, q.ordinal, q.id";
            };
            ids = "array(select q.id from " + from + condition + " order by " + order + " limit :limit offset :offset)";
        }
        // The page's ids in order (the only part that reads many rows), then the whole rows of those
        // 20 with their article, speaker and topics, in the same statement and snapshot.
        String match = text
                ? "ts_rank_cd(q.search, query) as rank, ts_headline('english', "
                  + "replace(replace(replace(q.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query, '"
                  + SNIPPET_OPTIONS + "') as snippet"
                : "null::real as rank, null as snippet";
        var views = jdbc.sql("select " + ROW + ", " + match + " from unnest(" + ids + ") with ordinality as p(id, n)" + JOINS
                        + (text ? ", websearch_to_tsquery('english', :q) query" : "") + " order by p.n")
                .paramSource(params)
                .query((rs, i) -> view(rs, text))
                .list();
        return new Result(views, total, lowerBound, sort);
    }

    /**
     * The views of these quotes, in this order, as a search builds them: the one place a
     * {@link QuoteView} is made. Reads what the caller's transaction has flushed.
     */
    @Transactional(readOnly = true)
    List<QuoteView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + ROW + ", null::real as rank, null as snippet"
                        + " from unnest(cast(:ids as bigint[])) with ordinality as p(id, n)" + JOINS + " order by p.n")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, i) -> view(rs, false))
                .list();
    }

    /** The views of an article's quotes, in the article's order. */
    @Transactional(readOnly = true)
    List<QuoteView> inArticle(long articleKey) {
        return jdbc.sql("select " + ROW + ", null::real as rank, null as snippet from quote q"
                        + " join article a on a.id = q.article_id join person sp on sp.id = q.speaker_id"
                        + " where q.article_id = :article order by q.ordinal")
                .param("article", articleKey)
                .query((rs, i) -> view(rs, false))
                .list();
    }

    private static final String JOINS =
            " join quote q on q.id = p.id join article a on a.id = q.article_id join person sp on sp.id = q.speaker_id";

    /** The columns {@link #view} reads: the quote, its article's slug and headline, its speaker, its topics in order. */
    private static final String ROW = """
            q.id, q.kind, q.source_start, q.source_end, q.source_text, q.source_prefix, q.source_suffix,
            q.cue_start, q.cue_end, q.cue_text, q.cue_prefix, q.cue_suffix,
            q.content_start, q.content_end, q.content_text, q.content_prefix, q.content_suffix,
            q.channel_name, q.channel_span_start, q.channel_span_end, q.channel_span_text, q.channel_span_prefix, q.channel_span_suffix,
            q.updated_at, q.version, a.slug as article_slug, a.headline as article_headline,
            sp.slug as speaker_slug, sp.name as speaker_name,
            array(select t.slug from quote_topic qt join catalog_entry t on t.id = qt.topic_id where qt.quote_id = q.id order by qt.ordinal) as topic_slugs,
            array(select t.name from quote_topic qt join catalog_entry t on t.id = qt.topic_id where qt.quote_id = q.id order by qt.ordinal) as topic_names""";

    private static QuoteView view(ResultSet rs, boolean text) throws SQLException {
        var channelName = rs.getString("channel_name");
        var topicSlugs = (String[]) rs.getArray("topic_slugs").getArray();
        var topicNames = (String[]) rs.getArray("topic_names").getArray();
        var topics = new ArrayList<Ref>(topicSlugs.length);
        for (int t = 0; t < topicSlugs.length; t++) {
            topics.add(new Ref(topicSlugs[t], topicNames[t]));
        }
        var updated = rs.getObject("updated_at", OffsetDateTime.class);
        return new QuoteView(rs.getLong("id"), new Ref(rs.getString("article_slug"), rs.getString("article_headline")),
                QuoteKind.valueOf(rs.getString("kind")), new Ref(rs.getString("speaker_slug"), rs.getString("speaker_name")),
                span(rs, "source"), span(rs, "cue"), span(rs, "content"),
                channelName == null ? null : new Channel(channelName, span(rs, "channel_span")),
                List.copyOf(topics), updated == null ? null : updated.toInstant(), rs.getInt("version"),
                text ? new Match(rs.getFloat("rank"), rs.getString("snippet")) : null);
    }

    private static TextSpan span(ResultSet rs, String prefix) throws SQLException {
        return new TextSpan(rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end"), rs.getString(prefix + "_text"),
                rs.getString(prefix + "_prefix"), rs.getString(prefix + "_suffix"));
    }

    /** A quote whose content holds a mention of the catalog entry of this type named by parameter {@code name}. */
    private static String mentioned(String type, String name) {
        return """
                exists (select 1 from catalog_mention m join catalog_entry e on e.id = m.entry_id
                        where e.type = '%s' and e.slug = :%s and m.article_id = q.article_id
                          and m.span_start >= q.content_start and m.span_end <= q.content_end)""".formatted(type, name);
    }
}
