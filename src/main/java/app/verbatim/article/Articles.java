package app.verbatim.article;

import app.verbatim.shared.Anchors;
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

    private final ArticleSearch search;

    Articles(ArticleRepository articles, ParagraphRepository paragraphs, TextNoteRepository notes, ArticleSearch search) {
        this.search = search;
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.notes = notes;
    }

    /** The orders of a full-text article search; without {@code q} articles come newest first. */
    public enum SearchSort { RELEVANCE, NEWEST }

    /**
     * Articles newest first; with {@code q}, the matches with a snippet of the body, in the order
     * {@code RankOrNewest} gives a search left to the service, or in {@code sort}'s.
     */
    public PageOf<ArticleSummary> list(@Nullable String q, @Nullable OffsetDateTime updatedSince, @Nullable SearchSort sort,
                                       PageQuery page) {
        return search.list(q, updatedSince, sort, page);
    }

    public Optional<String> contentHashOf(String slug) {
        return articles.findBySlug(slug).map(a -> a.contentHash);
    }

    /** Slug and headline of each article, by internal key. */
    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return articles.findAllById(keys).stream().collect(Collectors.toMap(Article::key, a -> new Ref(a.slug, a.headline)));
    }

    public ArticleText text(String slug) {
        var a = articles.findBySlug(slug).orElseThrow(() -> new NotFoundException("article", slug));
        long key = a.key();
        return new ArticleText(key, ArticleSummary.from(a), a.contentHash, a.body,
                paragraphs.findByArticleIdOrderByOrdinal(key).stream()
                        .map(p -> new ArticleInput.ParagraphInput(p.kind, p.span())).toList(),
                notes.findByArticleIdOrderByOrdinal(key).stream()
                        .map(n -> new ArticleInput.NoteInput(n.kind, n.span(), n.note)).toList());
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
        return new Locked(a.key(), a.slug, new Anchors(a.body), a.version());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Locked lock(long key) {
        var a = articles.findByIdForUpdate(key).orElseThrow(() -> new NotFoundException("article", key));
        return new Locked(a.key(), a.slug, new Anchors(a.body), a.version());
    }

    /**
     * Marks the article changed when one of its records is: its version and time move, so its
     * ETag and {@code updatedSince} tell a client to fetch the model again. Returns the new version.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int touch(long key) {
        var a = articles.findById(key).orElseThrow(() -> new NotFoundException("article", key));
        a.touch();
        articles.saveAndFlush(a);
        return a.version();
    }

    /** Replaces an article's own fields, text, paragraphs and notes; its spans must have passed {@link Anchors#check}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int update(long key, ArticleInput input, String contentHash, Anchors anchors) {
        var article = articles.findById(key).orElseThrow(() -> new NotFoundException("article", key));
        article.write(input, anchors.complete(input.published()), contentHash);
        paragraphs.deleteByArticleId(key);
        notes.deleteByArticleId(key);
        paragraphs.flush();
        saveLayout(key, input, anchors);
        articles.saveAndFlush(article);
        return article.version();
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
        var article = new Article(input.slug());
        article.write(input, anchors.complete(input.published()), contentHash);
        long key = articles.save(article).key();
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
