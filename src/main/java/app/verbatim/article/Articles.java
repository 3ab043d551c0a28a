package app.verbatim.article;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.ExpensiveSearches;
import app.verbatim.shared.Match;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The article module's public face. */
@Service
@Transactional(readOnly = true)
public class Articles {

    private final ArticleRepository articles;
    private final ParagraphRepository paragraphs;
    private final TextNoteRepository notes;

    private final JdbcClient jdbc;
    private final ExpensiveSearches expensive;
    private final int rankedAtMost;

    Articles(ArticleRepository articles, ParagraphRepository paragraphs, TextNoteRepository notes, JdbcClient jdbc,
             ExpensiveSearches expensive, @Value("${verbatim.search.ranked-at-most:1000}") int rankedAtMost) {
        this.jdbc = jdbc;
        this.expensive = expensive;
        this.rankedAtMost = rankedAtMost;
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.notes = notes;
    }

    /** The orders of a full-text article search; without {@code q} articles come newest first. */
    public enum SearchSort { RELEVANCE, NEWEST }

    /**
     * Articles newest first; with {@code q}, the matches with a snippet of the body, ranked by
     * relevance when there are at most {@code verbatim.search.ranked-at-most} of them and newest
     * first (the total a lower bound) when there are more, as for quotes ({@code QuoteSearch});
     * {@code sort} chooses either order outright, relevance then counting every match.
     */
    public PageOf<ArticleSummary> list(@Nullable String q, @Nullable OffsetDateTime updatedSince, @Nullable SearchSort sort,
                                       PageQuery page) {
        // An explicit order with q counts (and for relevance ranks) every match: the bulkhead's work.
        return q != null && sort != null ? expensive.run(() -> find(q, updatedSince, sort, page)) : find(q, updatedSince, sort, page);
    }

    private PageOf<ArticleSummary> find(@Nullable String q, @Nullable OffsetDateTime updatedSince, @Nullable SearchSort sort,
                                        PageQuery page) {
        if (q == null) {
            if (sort == SearchSort.RELEVANCE) {
                throw new BadParameterException("sort", "relevance needs a full-text query in 'q'");
            }
            return PageOf.of(articles.findNewestFirst(updatedSince == null ? null : updatedSince.toInstant(),
                    page.pageable(Sort.unsorted())), a -> ArticleSummary.from(a));
        }
        var params = new MapSqlParameterSource("q", q).addValue("since", updatedSince)
                .addValue("limit", page.size()).addValue("offset", page.offset()).addValue("countLimit", rankedAtMost + 1);
        String from = " from article a, websearch_to_tsquery('english', :q) query where %s"
                + " and (cast(:since as timestamptz) is null or a.updated_at >= :since)";
        String matches = from.formatted("a.search @@ query");
        String ranked = " order by ts_rank_cd(a.search, query) desc, a.published_earliest desc nulls last, a.id desc";
        String newest = " order by a.published_earliest desc nulls last, a.id desc";
        long total;
        boolean lowerBound = false;
        String pageQuery;
        if (sort == null) {
            total = jdbc.sql("select count(*) from (select 1" + matches + " limit :countLimit) c")
                    .paramSource(params).query(Long.class).single();
            lowerBound = total > rankedAtMost;
        } else {
            total = jdbc.sql("select count(*)" + matches).paramSource(params).query(Long.class).single();
        }
        if (lowerBound || sort == SearchSort.NEWEST) {
            // Newest first along article_newest, testing each article: see QuoteSearch for why the
            // match is hidden from the text index and the scans are off.
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            pageQuery = "select a.id" + from.formatted("(a.search @@ query) is true") + newest;
        } else {
            pageQuery = "select a.id" + matches + ranked;
        }
        var ids = total == 0 ? java.util.List.<Long>of()
                : jdbc.sql(pageQuery + " limit :limit offset :offset").paramSource(params).query(Long.class).list();
        var hits = ids.isEmpty() ? java.util.List.<Map.Entry<Long, Match>>of() : jdbc.sql("""
                        select a.id, ts_rank_cd(a.search, query) as rank,
                               ts_headline('english', replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query,
                                           'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                        from unnest(cast(:ids as bigint[])) with ordinality as p(id, n) join article a on a.id = p.id,
                             websearch_to_tsquery('english', :q) query
                        order by p.n""")
                .paramSource(params.addValue("ids", ids.toArray(Long[]::new)))
                .query((rs, i) -> Map.entry(rs.getLong("id"), new Match(rs.getDouble("rank"), rs.getString("snippet"))))
                .list();
        var byId = articles.findByIdIn(ids).stream().collect(Collectors.toMap(a -> a.id, a -> a));
        var items = hits.stream().map(h -> ArticleSummary.from(byId.get(h.getKey()), h.getValue())).toList();
        String order = (lowerBound || sort == SearchSort.NEWEST ? SearchSort.NEWEST : SearchSort.RELEVANCE).name().toLowerCase(java.util.Locale.ROOT);
        if (lowerBound) {
            return PageOf.atLeast(items, page, total, order);
        }
        var found = PageOf.of(items, page, total);
        return sort == null ? found.sortedBy(order) : found;
    }

    public Optional<String> contentHashOf(String slug) {
        return articles.findBySlug(slug).map(a -> a.contentHash);
    }

    /** The internal key of an article, if there is one by that slug. */
    public Optional<Long> findKey(String slug) {
        return articles.findBySlug(slug).map(a -> a.id);
    }

    /** Slug and headline of each article, by internal key. */
    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return articles.findAllById(keys).stream().collect(Collectors.toMap(a -> a.id, a -> new Ref(a.slug, a.headline)));
    }

    public ArticleText text(String slug) {
        var a = articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
        long key = a.id;
        return new ArticleText(key, ArticleSummary.from(a), a.contentHash, a.body,
                paragraphs.findByArticleIdOrderByOrdinal(key).stream()
                        .map(p -> new ArticleInput.ParagraphInput(p.kind, p.span)).toList(),
                notes.findByArticleIdOrderByOrdinal(key).stream()
                        .map(n -> new ArticleInput.NoteInput(n.kind, n.span, n.note)).toList());
    }

    /** Which version of which article: what a cache of its model is keyed by. */
    public record Stamp(long key, int version) {
    }

    public Optional<Stamp> stamp(String slug) {
        return articles.findStampBySlug(slug);
    }

    /** An article locked for a write to it or its records: writes to one article go one at a time. */
    public record Locked(long key, String slug, Anchors anchors, int version) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Locked lock(String slug) {
        var a = articles.findBySlugForUpdate(slug).orElseThrow(() -> new NotFoundException("article", slug));
        return new Locked(a.id, a.slug, new Anchors(a.body), a.version);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Locked lock(long key) {
        var a = articles.findByIdForUpdate(key).orElseThrow(() -> new NotFoundException("article", key));
        return new Locked(a.id, a.slug, new Anchors(a.body), a.version);
    }

    /**
     * Marks the article changed when one of its records is: its version and time move, so its
     * ETag and {@code updatedSince} tell a client to fetch the model again. Returns the new version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int touch(long key) {
        var a = articles.findById(key).orElseThrow(() -> new NotFoundException("article", key));
        a.updatedAt = java.time.Instant.now();
        articles.saveAndFlush(a);
        return a.version;
    }

    /** Replaces an article's own fields, text, paragraphs and notes; its spans must have passed {@link Anchors#check}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int update(long key, ArticleInput input, String contentHash, Anchors anchors) {
        var article = articles.findById(key).orElseThrow(() -> new NotFoundException("article", key));
        article.headline = input.headline();
        article.publisher = input.publisher();
        article.url = input.url();
        article.language = input.language();
        article.published = anchors.complete(input.published());
        article.body = input.body();
        article.contentHash = contentHash;
        paragraphs.deleteByArticleId(key);
        notes.deleteByArticleId(key);
        paragraphs.flush();
        saveLayout(key, input, anchors);
        articles.saveAndFlush(article);
        return article.version;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(long key) {
        paragraphs.deleteByArticleId(key);
        notes.deleteByArticleId(key);
        articles.deleteById(key);
    }

    /** Stores a checked article; its spans must already have passed {@link Anchors#check}. */
    @Transactional
    public long create(ArticleInput input, String contentHash, Anchors anchors) {
        var article = new Article(input.slug(), input.headline(), input.language(), input.body(), contentHash);
        article.publisher = input.publisher();
        article.url = input.url();
        article.published = anchors.complete(input.published());
        long key = articles.save(article).id;
        saveLayout(key, input, anchors);
        return key;
    }

    private void saveLayout(long key, ArticleInput input, Anchors anchors) {
        var ps = input.paragraphs();
        paragraphs.saveAll(IntStream.range(0, ps.size()).mapToObj(i -> new Paragraph(key, i, ps.get(i).kind(),
                anchors.complete(ps.get(i).span()))).toList());
        var ns = input.notes();
        notes.saveAll(IntStream.range(0, ns.size()).mapToObj(i -> new TextNote(key, i, ns.get(i).kind(),
                anchors.complete(ns.get(i).span()), ns.get(i).note())).toList());
    }
}
