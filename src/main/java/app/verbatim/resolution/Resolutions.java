package app.verbatim.resolution;

import app.verbatim.article.Articles;
import app.verbatim.resolution.ResolutionInput.Demands;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.Inferred;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolution module's public face. */
@Service
@Transactional(readOnly = true)
public class Resolutions {

    private final ResolutionRepository resolutions;
    private final ResolutionMentionRepository mentions;
    private final Articles articles;

    Resolutions(ResolutionRepository resolutions, ResolutionMentionRepository mentions, Articles articles) {
        this.resolutions = resolutions;
        this.mentions = mentions;
        this.articles = articles;
    }

    public PageOf<ResolutionView> list(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        var found = resolutions.findAllOrdered(updatedSince == null ? null : updatedSince.toInstant(),
                page.pageable(Sort.unsorted()));
        return PageOf.of(views(found.getContent()), page, found.getTotalElements());
    }

    public ResolutionView get(long id) {
        return resolutions.findById(id).map(r -> views(List.of(r)).getFirst())
                .orElseThrow(() -> new NotFoundException("resolution", id));
    }

    public List<ResolutionView> inArticle(long articleKey) {
        return views(resolutions.findByArticleIdOrderByOrdinal(articleKey));
    }

    @Transactional
    public void recordForArticle(long articleKey, List<ResolutionInput> inputs, Anchors anchors) {
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            var r = new Resolution(articleKey, i, in.issuer(), in.kind(), in.title());
            if (in.identifier() != null) {
                r.identifierValue = in.identifier().value();
                r.identifierStated = in.identifier().stated();
                r.identifierSource = in.identifier().source();
            }
            r.adopted = anchors.complete(in.adopted());
            if (in.demands() != null) {
                r.demandsText = in.demands().text();
                r.demandsSpan = in.demands().span() == null ? null : anchors.complete(in.demands().span());
            }
            long key = resolutions.save(r).id;
            mentions.saveAll(in.mentions().stream().map(s -> new ResolutionMention(key, articleKey, anchors.complete(s))).toList());
        }
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        mentions.deleteByArticleId(articleKey);
        resolutions.deleteByArticleId(articleKey);
    }

    private List<ResolutionView> views(List<Resolution> page) {
        Map<Long, Ref> arts = articles.refs(page.stream().map(r -> r.articleId).collect(Collectors.toSet()));
        Map<Long, List<TextSpan>> spans = mentions.findByResolutionIdInOrderById(page.stream().map(r -> r.id).toList())
                .stream().collect(Collectors.groupingBy(m -> m.resolutionId, Collectors.mapping(m -> m.span, Collectors.toList())));
        return page.stream().map(r -> new ResolutionView(r.id, arts.get(r.articleId), r.issuer, r.kind, r.title,
                r.identifierValue == null ? null : new Inferred(r.identifierValue, r.identifierStated, r.identifierSource),
                r.adopted,
                r.demandsText == null ? null : new Demands(r.demandsText, r.demandsSpan),
                spans.getOrDefault(r.id, List.of()), r.updatedAt, r.version)).toList();
    }
}
