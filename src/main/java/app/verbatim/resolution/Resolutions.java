package app.verbatim.resolution;

import app.verbatim.article.ArticleRecordService;
import app.verbatim.article.ArticleRecords;
import app.verbatim.article.Articles;
import app.verbatim.article.RecordSpan;
import app.verbatim.resolution.ResolutionInput.Demands;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.Maps;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resolution module's public face. */
@Service
public class Resolutions extends ArticleRecordService<Resolution, ResolutionInput, ResolutionView> {

    private final ResolutionRepository resolutions;
    private final ResolutionSearch search;
    private final Articles articles;

    Resolutions(ResolutionRepository resolutions, ResolutionSearch search, Articles articles, ArticleRecords records) {
        super("resolution", resolutions, records);
        this.resolutions = resolutions;
        this.search = search;
        this.articles = articles;
    }

    public PageOf<ResolutionView> list(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        return views(search.newestFirst(updatedSince, page), page);
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
            if (r.adopted().earliest() != null && r.adopted().latest() != null && r.adopted().earliest().isAfter(r.adopted().latest())) {
                problems.add(new FieldProblem(at + "adopted.earliest", "must not be after latest"));
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
            var r = new Resolution(articleKey, i);
            fill(r, inputs.get(i), anchors);
            resolutions.save(r);
        }
    }

    /** Resolutions as the article's records are written. */
    @Override
    protected ResolutionInput input(ResolutionView r) {
        return new ResolutionInput(r.issuer(), r.kind(), r.title(), r.identifier(), r.adopted(), r.demands(), r.mentions());
    }

    @Override
    protected Resolution newRecord(long articleKey, int ordinal, ResolutionInput input, Anchors anchors) {
        var r = new Resolution(articleKey, ordinal);
        apply(r, input, anchors);
        return r;
    }

    @Override
    protected void apply(Resolution r, ResolutionInput input, Anchors anchors) {
        var problems = checkSpans("", input, anchors);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        fill(r, input, anchors);
    }

    @Override
    protected String added(ResolutionInput input) {
        return "resolution added: " + input.title();
    }

    private static void fill(Resolution r, ResolutionInput in, Anchors anchors) {
        r.issuer = in.issuer();
        r.kind = in.kind();
        r.title = in.title();
        r.identifierValue = in.identifier() == null ? null : in.identifier().value();
        r.identifierStated = in.identifier() == null || in.identifier().stated();
        r.identifierSource = in.identifier() == null ? null : in.identifier().source();
        r.adopted = anchors.complete(in.adopted());
        r.demandsText = in.demands() == null ? null : in.demands().text();
        r.demandsSpan = in.demands() == null || in.demands().span() == null ? null : anchors.complete(in.demands().span());
        r.mentions = new ArrayList<>(in.mentions().stream().map(s -> new RecordSpan(r.articleId(), anchors.complete(s))).toList());
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        resolutions.deleteByArticleId(articleKey);
    }

    @Override
    protected List<ResolutionView> views(List<Resolution> page) {
        Map<Long, Ref> arts = articles.refs(page.stream().map(r -> r.articleId()).collect(Collectors.toSet()));
        return page.stream().map(r -> new ResolutionView(r.key(), Maps.required(arts, r.articleId(), "article"), r.issuer, r.kind, r.title,
                r.identifierValue == null ? null : new Inferred(r.identifierValue, r.identifierStated, r.identifierSource),
                r.adopted,
                r.demandsText == null ? null : new Demands(r.demandsText, r.demandsSpan),
                r.mentions.stream().map(RecordSpan::span).toList(), r.updatedAt(), r.version())).toList();
    }
}
