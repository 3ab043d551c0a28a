package app.verbatim.quote;

import app.verbatim.article.ArticleRecordService;
import app.verbatim.article.ArticleRecords;
import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryType;
import app.verbatim.person.People;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.RankOrNewest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quote module's public face. */
@Service
public class Quotes extends ArticleRecordService<Quote, QuoteInput, QuoteView> {

    private final QuoteRepository quotes;
    private final QuoteSearch search;
    private final RankOrNewest rule;
    private final People people;
    private final Catalog catalog;

    Quotes(QuoteRepository quotes, QuoteSearch search, RankOrNewest rule, People people, Catalog catalog, ArticleRecords records) {
        super("quote", quotes, records);
        this.quotes = quotes;
        this.search = search;
        this.rule = rule;
        this.people = people;
        this.catalog = catalog;
    }

    /**
     * Quotes matching the filter. A speaker, article or topic that names nothing yields an
     * empty page, not a 404: a filter is a question, and "nobody by that name said anything"
     * is its answer.
     */
    public PageOf<QuoteView> search(QuoteFilter filter, PageQuery page) {
        var speakers = filter.speakers().stream().flatMap(s -> people.keysNamedBy(s).stream()).distinct().toList();
        if (!filter.speakers().isEmpty() && speakers.isEmpty()) {
            return rule.page(List.of(), page, 0, false, "relevance", filter.q() != null, filter.sort() != null);
        }
        return page(filter, speakers, page);
    }

    /** What one person said; 404 when the id names no one. */
    public PageOf<QuoteView> bySpeaker(String personId, QuoteFilter filter, PageQuery page) {
        return page(filter, List.of(people.keyOf(personId)), page);
    }

    private PageOf<QuoteView> page(QuoteFilter filter, List<Long> speakerKeys, PageQuery page) {
        var result = search.search(filter, speakerKeys, page);
        return rule.page(result.views(), page, result.total(), result.totalIsLowerBound(),
                result.sort().name().toLowerCase(java.util.Locale.ROOT), filter.q() != null, filter.sort() != null);
    }

    /** One quote, read as the searches read it. */
    @Override
    public QuoteView get(long id) {
        var found = search.views(List.of(id));
        if (found.isEmpty()) {
            throw new NotFoundException("quote", id);
        }
        return found.getFirst();
    }

    @Override
    public List<QuoteView> inArticle(long articleKey) {
        return search.inArticle(articleKey);
    }

    /** Every way a quote does not fit its article's text, its fields named under {@code at}. */
    public static List<FieldProblem> checkSpans(String at, QuoteInput q, Anchors anchors) {
        var problems = new ArrayList<FieldProblem>();
        problems.addAll(anchors.check(at + "source", q.source()).problems());
        problems.addAll(anchors.check(at + "cue", q.cue()).problems());
        problems.addAll(anchors.check(at + "content", q.content()).problems());
        if (q.channel() != null) {
            problems.addAll(anchors.check(at + "channel.span", q.channel().span()).problems());
        }
        return problems;
    }

    /** The quotes' views, built as every search builds them, after flushing what this transaction wrote to them. */
    @Override
    protected List<QuoteView> views(List<Quote> page) {
        quotes.flush();
        return search.views(page.stream().map(Quote::key).toList());
    }

    @Override
    protected QuoteInput input(QuoteView q) {
        return new QuoteInput(q.kind(), new IdRef(q.speaker().id()), q.source(), q.cue(), q.content(), q.channel(),
                q.topics().stream().map(t -> new IdRef(t.id())).toList());
    }

    @Override
    protected Quote newRecord(long articleKey, int ordinal, QuoteInput input, Anchors anchors) {
        return new Quote(articleKey, ordinal, resolve(input, anchors));
    }

    @Override
    protected void apply(Quote quote, QuoteInput input, Anchors anchors) {
        quote.apply(resolve(input, anchors));
    }

    @Override
    protected String added(QuoteInput input) {
        return "quote of " + input.speaker().id() + " added";
    }

    /** Checks a quote against its article and the stored people and topics, and resolves its references. */
    private NewQuote resolve(QuoteInput input, Anchors anchors) {
        var problems = new ArrayList<>(checkSpans("", input, anchors));
        var speaker = key(input.speaker().id(), "speaker.id", "person", people::findKey, problems);
        var topicKeys = keys(input.topics(), "topics", "topic", id -> catalog.findKey(EntryType.TOPIC, id), problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        var channel = input.channel() == null ? null : new Channel(input.channel().name(), anchors.complete(input.channel().span()));
        return new NewQuote(input.kind(), Objects.requireNonNull(speaker), anchors.complete(input.source()), anchors.complete(input.cue()),
                anchors.complete(input.content()), channel, topicKeys);
    }

    @Transactional
    public void recordForArticle(long articleKey, List<NewQuote> drafts, Anchors anchors) {
        quotes.saveAll(IntStream.range(0, drafts.size()).mapToObj(i -> {
            var d = drafts.get(i);
            var channel = d.channel() == null ? null : new Channel(d.channel().name(), anchors.complete(d.channel().span()));
            return new Quote(articleKey, i, new NewQuote(d.kind(), d.speakerKey(), anchors.complete(d.source()),
                    anchors.complete(d.cue()), anchors.complete(d.content()), channel, d.topicKeys()));
        }).toList());
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        quotes.deleteByArticleId(articleKey);
    }
}
