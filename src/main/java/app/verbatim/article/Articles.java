package app.verbatim.article;

import app.verbatim.shared.Anchors;
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

    Articles(ArticleRepository articles, ParagraphRepository paragraphs, TextNoteRepository notes, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.notes = notes;
    }

    /** Articles newest first, or with {@code q} ranked by full-text relevance with a snippet of the body. */
    public PageOf<ArticleSummary> list(@Nullable String q, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        if (q == null) {
            return PageOf.of(articles.findNewestFirst(updatedSince == null ? null : updatedSince.toInstant(),
                    page.pageable(Sort.unsorted())), a -> ArticleSummary.from(a));
        }
        var params = new MapSqlParameterSource("q", q).addValue("since", updatedSince)
                .addValue("limit", page.size()).addValue("offset", page.offset());
        String from = """
                from article a, websearch_to_tsquery('english', :q) query
                where a.search @@ query and (cast(:since as timestamptz) is null or a.updated_at >= :since)""";
        long total = jdbc.sql("select count(*) " + from).paramSource(params).query(Long.class).single();
        var hits = jdbc.sql("""
                        select a.id, ts_rank_cd(a.search, query) as rank,
                               ts_headline('english', replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), query,
                                           'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') as snippet
                        """ + from + " order by rank desc, a.published_earliest desc nulls last, a.id desc limit :limit offset :offset")
                .paramSource(params)
                .query((rs, i) -> Map.entry(rs.getLong("id"), new Match(rs.getDouble("rank"), rs.getString("snippet"))))
                .list();
        var byId = articles.findByIdIn(hits.stream().map(Map.Entry::getKey).toList()).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
        return PageOf.of(hits.stream().map(h -> ArticleSummary.from(byId.get(h.getKey()), h.getValue())).toList(),
                page, total);
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
