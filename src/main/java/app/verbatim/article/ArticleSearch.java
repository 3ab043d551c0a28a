package app.verbatim.article;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.Maps;
import app.verbatim.shared.Match;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.RankOrNewest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The query side of articles, in SQL: the page's ids in order (newest first, or by a full-text
 * query under {@link RankOrNewest}'s rule), then the summaries of those by key.
 */
@Component
class ArticleSearch {

    private static final String SNIPPET_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final ArticleRepository articles;
    private final RankOrNewest rule;

    ArticleSearch(JdbcClient jdbc, ArticleRepository articles, RankOrNewest rule) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.rule = rule;
    }

    @Transactional(readOnly = true)
    PageOf<ArticleSummary> list(@Nullable String q, @Nullable OffsetDateTime updatedSince, Articles.@Nullable SearchSort sort,
                                PageQuery page) {
        return rule.run(q != null, sort != null, () -> find(q, updatedSince, sort, page));
    }

    private PageOf<ArticleSummary> find(@Nullable String q, @Nullable OffsetDateTime updatedSince, Articles.@Nullable SearchSort sort,
                                        PageQuery page) {
        var params = new MapSqlParameterSource("since", updatedSince)
                .addValue("limit", page.size()).addValue("offset", page.offset());
        String since = "(cast(:since as timestamptz) is null or a.updated_at >= :since)";
        String newest = " order by a.published_earliest desc nulls last, a.id desc";
        if (q == null) {
            if (sort == Articles.SearchSort.RELEVANCE) {
                throw new BadParameterException("sort", "relevance needs a full-text query in 'q'");
            }
            long total = jdbc.sql("select count(*) from article a where " + since).paramSource(params).query(Long.class).single();
            var ids = total == 0 ? List.<Long>of() : jdbc.sql("select a.id from article a where " + since + newest
                    + " limit :limit offset :offset").paramSource(params).query(Long.class).list();
            var byId = byId(ids);
            return PageOf.of(ids.stream().map(id -> ArticleSummary.from(Maps.required(byId, id, "article"))).toList(), page, total);
        }
        params.addValue("q", q).addValue("countLimit", rule.countLimit());
        String from = " from article a, websearch_to_tsquery('english', :q) query where %s and " + since;
        String matches = from.formatted("a.search @@ query");
        String ranked = " order by ts_rank_cd(a.search, query) desc, a.published_earliest desc nulls last, a.id desc";
        long total;
        boolean lowerBound = false;
        String pageQuery;
        if (sort == null) {
            total = jdbc.sql("select count(*) from (select 1" + matches + " limit :countLimit) c")
                    .paramSource(params).query(Long.class).single();
            lowerBound = rule.tooManyToRank(total);
        } else {
            total = jdbc.sql("select count(*)" + matches).paramSource(params).query(Long.class).single();
        }
        boolean byDate = lowerBound || sort == Articles.SearchSort.NEWEST;
        if (byDate) {
            rule.walkNewestFirst(jdbc);
            pageQuery = "select a.id" + from.formatted("(a.search @@ query) is true") + newest;
        } else {
            pageQuery = "select a.id" + matches + ranked;
        }
        var ids = total == 0 ? List.<Long>of()
                : jdbc.sql(pageQuery + " limit :limit offset :offset").paramSource(params).query(Long.class).list();
        var hits = ids.isEmpty() ? List.<Map.Entry<Long, Match>>of() : jdbc.sql("""
                        select a.id, ts_rank_cd(a.search, query) as rank,
                               ts_headline('english', replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query,
                                           '%s') as snippet
                        from unnest(cast(:ids as bigint[])) with ordinality as p(id, n) join article a on a.id = p.id,
                             websearch_to_tsquery('english', :q) query
                        order by p.n""".formatted(SNIPPET_OPTIONS))
                .paramSource(params.addValue("ids", ids.toArray(Long[]::new)))
                .query((rs, i) -> Map.entry(rs.getLong("id"), new Match(rs.getDouble("rank"), rs.getString("snippet"))))
                .list();
        var byId = byId(ids);
        var items = hits.stream().map(h -> ArticleSummary.from(Maps.required(byId, h.getKey(), "article"), h.getValue())).toList();
        String applied = (byDate ? Articles.SearchSort.NEWEST : Articles.SearchSort.RELEVANCE).name().toLowerCase(Locale.ROOT);
        return rule.page(items, page, total, lowerBound, applied, true, sort != null);
    }

    private Map<Long, Article> byId(List<Long> ids) {
        return ids.isEmpty() ? Map.of() : articles.findByIdIn(ids).stream().collect(Collectors.toMap(Article::key, a -> a));
    }
}
