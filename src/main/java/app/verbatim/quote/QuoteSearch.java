package app.verbatim.quote;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.PageQuery;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The query side of quotes, in SQL: full-text search ({@code websearch_to_tsquery} over a
 * generated, GIN-indexed {@code tsvector}) and filters that read the article's date and the
 * catalog's mentions. It returns ids and matches; {@link Quotes} turns them into views.
 */
@Component
class QuoteSearch {

    private static final String SNIPPET_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;

    QuoteSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Hit(long id, double rank, String snippet) {
    }

    record Result(List<Hit> hits, long total) {
    }

    Result search(QuoteFilter filter, List<Long> speakerKeys, PageQuery page) {
        var where = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        boolean text = filter.q() != null;
        QuoteSort sort = filter.sort() != null ? filter.sort() : text ? QuoteSort.RELEVANCE : QuoteSort.NEWEST;
        if (sort == QuoteSort.RELEVANCE && !text) {
            throw new BadParameterException("sort", "relevance needs a full-text query in 'q'");
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("from", "must not be after 'to'");
        }
        if (!filter.speakers().isEmpty()) {
            where.add("q.speaker_id = any(:speakers)");
            params.addValue("speakers", speakerKeys.toArray(Long[]::new));
        }
        if (filter.kind() != null) {
            where.add("q.kind = :kind");
            params.addValue("kind", filter.kind().name());
        }
        if (filter.cue() != null) {
            where.add("lower(q.cue_text) = lower(:cue)");
            params.addValue("cue", filter.cue());
        }
        if (filter.article() != null) {
            where.add("a.slug = :article");
            params.addValue("article", filter.article());
        }
        if (filter.topic() != null) {
            where.add("""
                    exists (select 1 from quote_topic qt join catalog_entry t on t.id = qt.topic_id
                            where qt.quote_id = q.id and t.type = 'TOPIC' and t.slug = :topic)""");
            params.addValue("topic", filter.topic());
        }
        mentioned(filter.place(), "PLACE", "place", where, params);
        mentioned(filter.organization(), "ORGANIZATION", "organization", where, params);
        if (filter.from() != null) {
            where.add("a.published_latest >= :from");
            params.addValue("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("a.published_earliest <= :to");
            params.addValue("to", filter.to());
        }
        if (filter.updatedSince() != null) {
            where.add("q.updated_at >= :updatedSince");
            params.addValue("updatedSince", filter.updatedSince());
        }
        boolean needsArticle = filter.article() != null || filter.from() != null || filter.to() != null;
        String from = needsArticle ? "quote q join article a on a.id = q.article_id" : "quote q";
        if (text) {
            from += ", websearch_to_tsquery('english', :q) query";
            where.add("q.search @@ query");
            params.addValue("q", filter.q());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from " + from + condition).paramSource(params).query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new Result(List.of(), total);
        }
        String order = switch (sort) {
            case RELEVANCE -> "rank desc, q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id";
            case NEWEST -> "q.article_published desc nulls last, q.article_id desc, q.ordinal, q.id";
            case OLDEST -> "q.article_published asc nulls last, q.article_id, q.ordinal, q.id";
        };
        String columns = text
                ? "q.id, ts_rank_cd(q.search, query) as rank, ts_headline('english', "
                  + "replace(replace(replace(q.content_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query, '"
                  + SNIPPET_OPTIONS + "') as snippet"
                : "q.id, 0.0 as rank, '' as snippet";
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        var hits = jdbc.sql("select " + columns + " from " + from + condition + " order by " + order
                        + " limit :limit offset :offset")
                .paramSource(params)
                .query((rs, i) -> new Hit(rs.getLong("id"), rs.getDouble("rank"), rs.getString("snippet")))
                .list();
        return new Result(hits, total);
    }

    private static void mentioned(@Nullable String id, String type, String name, List<String> where, MapSqlParameterSource params) {
        if (id == null) {
            return;
        }
        where.add("""
                exists (select 1 from catalog_mention m join catalog_entry e on e.id = m.entry_id
                        where e.type = '%s' and e.slug = :%s and m.article_id = q.article_id
                          and m.span_start >= q.content_start and m.span_end <= q.content_end)""".formatted(type, name));
        params.addValue(name, id);
    }
}
