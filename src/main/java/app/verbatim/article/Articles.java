package app.verbatim.article;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The article module's public face. */
@Service
@Transactional(readOnly = true)
public class Articles {

    private final ArticleRepository articles;
    private final ParagraphRepository paragraphs;
    private final TextNoteRepository notes;

    Articles(ArticleRepository articles, ParagraphRepository paragraphs, TextNoteRepository notes) {
        this.articles = articles;
        this.paragraphs = paragraphs;
        this.notes = notes;
    }

    public PageOf<ArticleSummary> list(PageQuery page) {
        return PageOf.of(articles.findNewestFirst(page.pageable(Sort.unsorted())), ArticleSummary::from);
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

    /** Stores a checked article; its spans must already have passed {@link Anchors#check}. */
    @Transactional
    public long create(ArticleInput input, String contentHash, Anchors anchors) {
        var article = new Article(input.slug(), input.headline(), input.language(), input.body(), contentHash);
        article.publisher = input.publisher();
        article.url = input.url();
        article.published = anchors.complete(input.published());
        long key = articles.save(article).id;
        var ps = input.paragraphs();
        paragraphs.saveAll(IntStream.range(0, ps.size()).mapToObj(i -> new Paragraph(key, i, ps.get(i).kind(),
                anchors.complete(ps.get(i).span()))).toList());
        var ns = input.notes();
        notes.saveAll(IntStream.range(0, ns.size()).mapToObj(i -> new TextNote(key, i, ns.get(i).kind(),
                anchors.complete(ns.get(i).span()), ns.get(i).note())).toList());
        return key;
    }
}
