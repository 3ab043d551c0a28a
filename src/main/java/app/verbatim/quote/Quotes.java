package app.verbatim.quote;

import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.person.People;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.Match;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quote module's public face. */
@Service
@Transactional(readOnly = true)
public class Quotes {

    private final QuoteRepository quotes;
    private final QuoteSearch search;
    private final People people;
    private final Catalog catalog;
    private final Articles articles;

    Quotes(QuoteRepository quotes, QuoteSearch search, People people, Catalog catalog, Articles articles) {
        this.quotes = quotes;
        this.search = search;
        this.people = people;
        this.catalog = catalog;
        this.articles = articles;
    }

    /**
     * Quotes matching the filter. A speaker, article or topic that names nothing yields an
     * empty page, not a 404: a filter is a question, and "nobody by that name said anything"
     * is its answer.
     */
    public PageOf<QuoteView> search(QuoteFilter filter, PageQuery page) {
        var speakers = filter.speakers().stream().flatMap(s -> people.keysNamedBy(s).stream()).distinct().toList();
        if (!filter.speakers().isEmpty() && speakers.isEmpty()) {
            return PageOf.of(List.of(), page, 0);
        }
        var result = search.search(filter, speakers, page);
        var matches = new HashMap<Long, Match>();
        if (filter.q() != null) {
            result.hits().forEach(h -> matches.put(h.id(), new Match(h.rank(), h.snippet())));
        }
        var byId = quotes.findByIdIn(result.hits().stream().map(QuoteSearch.Hit::id).toList()).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q));
        var ordered = result.hits().stream().map(h -> byId.get(h.id())).toList();
        return PageOf.of(views(ordered, matches), page, result.total());
    }

    /** What one person said; 404 when the id names no one. */
    public PageOf<QuoteView> bySpeaker(String personId, QuoteFilter filter, PageQuery page) {
        people.keyOf(personId);
        return search(new QuoteFilter(List.of(personId), filter.kind(), filter.cue(), filter.article(), filter.topic(),
                filter.place(), filter.organization(), filter.from(), filter.to(), filter.q(), filter.updatedSince(),
                filter.sort()), page);
    }

    public QuoteView get(long id) {
        return quotes.findById(id).map(q -> views(List.of(q), Map.of()).getFirst())
                .orElseThrow(() -> new NotFoundException("quote", id));
    }

    public List<QuoteView> inArticle(long articleKey) {
        return views(quotes.findByArticleIdOrderByOrdinal(articleKey), Map.of());
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

    /** Maps quotes to views with one look-up per referenced module, never one per quote. */
    private List<QuoteView> views(List<Quote> page, Map<Long, Match> matches) {
        var speakerKeys = new HashSet<Long>();
        var topicKeys = new HashSet<Long>();
        var articleKeys = new HashSet<Long>();
        for (var q : page) {
            speakerKeys.add(q.speakerId);
            topicKeys.addAll(q.topicIds);
            articleKeys.add(q.articleId);
        }
        Map<Long, Ref> speakers = people.refs(speakerKeys);
        Map<Long, Ref> topics = catalog.refs(topicKeys);
        Map<Long, Ref> arts = articles.refs(articleKeys);
        return page.stream().map(q -> new QuoteView(q.id, arts.get(q.articleId), q.kind, speakers.get(q.speakerId),
                q.source, q.cue, q.content,
                q.channelName == null || q.channelSpan == null ? null : new Channel(q.channelName, q.channelSpan),
                q.topicIds.stream().map(topics::get).toList(), q.updatedAt, q.version, matches.get(q.id))).toList();
    }
}
