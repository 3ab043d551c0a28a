package app.verbatim.resolution;

import app.verbatim.article.Articles;
import app.verbatim.resolution.ResolutionInput.Demands;
import app.verbatim.audit.Audit;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.web.Etags;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.web.InputReader;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.web.MergePatch;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import org.springframework.transaction.annotation.Transactional;

/** The resolution module's public face. */
@Service
@Transactional(readOnly = true)
public class Resolutions {

    private final ResolutionRepository resolutions;
    private final ResolutionMentionRepository mentions;
    private final ResolutionSearch search;
    private final Articles articles;
    private final Audit audit;
    private final Etags etags;
    private final InputReader reader;

    Resolutions(ResolutionRepository resolutions, ResolutionMentionRepository mentions, ResolutionSearch search, Articles articles,
                Audit audit, Etags etags, InputReader reader) {
        this.search = search;
        this.audit = audit;
        this.etags = etags;
        this.reader = reader;
        this.resolutions = resolutions;
        this.mentions = mentions;
        this.articles = articles;
    }

    public PageOf<ResolutionView> list(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        var found = search.newestFirst(updatedSince, page);
        var byId = resolutions.findAllById(found.ids()).stream().collect(Collectors.toMap(r -> r.id, r -> r));
        return PageOf.of(views(found.ids().stream().map(byId::get).toList()), page, found.total());
    }

    public ResolutionView get(long id) {
        return resolutions.findById(id).map(r -> views(List.of(r)).getFirst())
                .orElseThrow(() -> new NotFoundException("resolution", id));
    }

    public List<ResolutionView> inArticle(long articleKey) {
        return views(resolutions.findByArticleIdOrderByOrdinal(articleKey));
    }

    /** Every way a resolution does not fit its article's text, its fields named under {@code at}. */
    public static List<FieldProblem> checkSpans(String at, ResolutionInput r, Anchors anchors) {
        var problems = new ArrayList<FieldProblem>();
        if (r.adopted() != null) {
            if (r.adopted().span() != null) {
                problems.addAll(anchors.check(at + "adopted.span", r.adopted().span()).problems());
            }
            if (!r.adopted().stated() && r.adopted().source() == null) {
                problems.add(new FieldProblem(at + "adopted.source", "a time the text does not fully state needs a source"));
            }
        }
        if (r.demands() != null && r.demands().span() != null) {
            problems.addAll(anchors.check(at + "demands.span", r.demands().span()).problems());
        }
        for (int j = 0; j < r.mentions().size(); j++) {
            problems.addAll(anchors.check(at + "mentions[%d]".formatted(j), r.mentions().get(j)).problems());
        }
        if (r.identifier() != null && !r.identifier().stated() && r.identifier().source() == null) {
            problems.add(new FieldProblem(at + "identifier.source", "an identifier the text does not state needs a source"));
        }
        return problems;
    }

    @Transactional
    public void recordForArticle(long articleKey, List<ResolutionInput> inputs, Anchors anchors) {
        for (int i = 0; i < inputs.size(); i++) {
            store(new Resolution(articleKey, i, "", "", ""), inputs.get(i), anchors);
        }
    }

    @Transactional
    public ResolutionView create(String articleSlug, ResolutionInput input) {
        var article = articles.lock(articleSlug);
        check(input, article.anchors());
        var r = store(new Resolution(article.key(), resolutions.nextOrdinal(article.key()), "", "", ""), input, article.anchors());
        articles.touch(article.key());
        audit.record(Audit.Action.CREATE, "resolution", r.id, article.slug(), null, r.version, "resolution added: " + input.title());
        return views(List.of(r)).getFirst();
    }

    @Transactional
    public ResolutionView patch(long id, JsonNode patch, @Nullable String ifMatch) {
        var found = resolutions.findById(id).orElseThrow(() -> new NotFoundException("resolution", id));
        var article = articles.lock(found.articleId);
        var r = resolutions.findById(id).orElseThrow(() -> new NotFoundException("resolution", id));
        var current = views(List.of(r)).getFirst();
        etags.require(ifMatch, current);
        int before = r.version;
        var unpatched = new ResolutionInput(current.issuer(), current.kind(), current.title(),
                current.identifier(), current.adopted(), current.demands(), current.mentions());
        var input = reader.read(MergePatch.apply(reader.tree(unpatched), patch), ResolutionInput.class);
        if (reader.tree(input).equals(reader.tree(unpatched))) {
            // A patch that changes nothing writes nothing: no version, no audit entry, the same ETag.
            return current;
        }
        check(input, article.anchors());
        mentions.deleteByResolutionId(id);
        store(r, input, article.anchors());
        resolutions.flush();
        articles.touch(article.key());
        audit.record(Audit.Action.UPDATE, "resolution", id, article.slug(), before, r.version, "resolution patched: " + patch);
        return views(List.of(r)).getFirst();
    }

    @Transactional
    public void delete(long id, @Nullable String ifMatch) {
        var found = resolutions.findById(id).orElseThrow(() -> new NotFoundException("resolution", id));
        var article = articles.lock(found.articleId);
        var r = resolutions.findById(id).orElseThrow(() -> new NotFoundException("resolution", id));
        etags.require(ifMatch, views(List.of(r)).getFirst());
        mentions.deleteByResolutionId(id);
        resolutions.delete(r);
        articles.touch(article.key());
        audit.record(Audit.Action.DELETE, "resolution", id, article.slug(), r.version, null, "resolution deleted");
    }

    private static void check(ResolutionInput input, Anchors anchors) {
        var problems = checkSpans("", input, anchors);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
    }

    private Resolution store(Resolution r, ResolutionInput in, Anchors anchors) {
        r.issuer = in.issuer();
        r.kind = in.kind();
        r.title = in.title();
        r.identifierValue = in.identifier() == null ? null : in.identifier().value();
        r.identifierStated = in.identifier() == null || in.identifier().stated();
        r.identifierSource = in.identifier() == null ? null : in.identifier().source();
        r.adopted = anchors.complete(in.adopted());
        r.demandsText = in.demands() == null ? null : in.demands().text();
        r.demandsSpan = in.demands() == null || in.demands().span() == null ? null : anchors.complete(in.demands().span());
        var saved = resolutions.saveAndFlush(r);
        mentions.saveAll(in.mentions().stream().map(s -> new ResolutionMention(saved.id, saved.articleId, anchors.complete(s))).toList());
        return saved;
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
