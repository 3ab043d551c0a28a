package app.verbatim.event;

import app.verbatim.article.ArticleRecordService;
import app.verbatim.article.ArticleRecords;
import app.verbatim.article.Articles;
import app.verbatim.article.RecordSpan;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryType;
import app.verbatim.person.People;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.Maps;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event module's public face. */
@Service
public class Events extends ArticleRecordService<Event, EventInput, EventView> {

    private final EventRepository events;
    private final EventSearch search;
    private final People people;
    private final Catalog catalog;
    private final Articles articles;

    Events(EventRepository events, EventSearch search, People people, Catalog catalog, Articles articles, ArticleRecords records) {
        super("event", events, records);
        this.events = events;
        this.search = search;
        this.people = people;
        this.catalog = catalog;
        this.articles = articles;
    }

    /** Events matching the filter; a place or participant that names nothing gives an empty page. */
    public PageOf<EventView> search(EventFilter filter, PageQuery page) {
        return views(search.search(filter, page), page);
    }

    /** Every way an event does not fit its article's text, its fields named under {@code at}. */
    public static List<FieldProblem> checkSpans(String at, EventInput e, Anchors anchors) {
        var problems = new ArrayList<FieldProblem>();
        if (e.when().span() != null) {
            problems.addAll(anchors.check(at + "when.span", e.when().span()).problems());
        }
        for (int j = 0; j < e.evidence().size(); j++) {
            problems.addAll(anchors.check(at + "evidence[%d]".formatted(j), e.evidence().get(j)).problems());
        }
        if (!e.when().stated() && e.when().source() == null) {
            problems.add(new FieldProblem(at + "when.source", "a time the text does not fully state needs a source"));
        }
        if (e.when().earliest() != null && e.when().latest() != null && e.when().earliest().isAfter(e.when().latest())) {
            problems.add(new FieldProblem(at + "when.earliest", "must not be after latest"));
        }
        if (e.place() != null && !e.place().stated() && e.place().source() == null) {
            problems.add(new FieldProblem(at + "place.source", "a place the text does not state needs a source"));
        }
        return problems;
    }

    /** Events as the article's records are written. */
    @Override
    protected EventInput input(EventView e) {
        return new EventInput(e.kind(), e.title(), e.status(), e.when(),
                e.place() == null ? null : new EventInput.PlaceClaim(e.place().id(), e.place().stated(), e.place().source()),
                e.participants().stream().map(p -> new IdRef(p.id())).toList(), e.evidence());
    }

    @Override
    protected Event newRecord(long articleKey, int ordinal, EventInput input, Anchors anchors) {
        return new Event(articleKey, ordinal, resolve(input, anchors));
    }

    @Override
    protected void apply(Event event, EventInput input, Anchors anchors) {
        event.apply(resolve(input, anchors));
    }

    @Override
    protected String added(EventInput input) {
        return "event added: " + input.title();
    }

    private NewEvent resolve(EventInput input, Anchors anchors) {
        var problems = new ArrayList<>(checkSpans("", input, anchors));
        var place = input.place() == null ? null
                : key(input.place().id(), "place.id", "place", id -> catalog.findKey(EntryType.PLACE, id), problems);
        var participants = keys(input.participants(), "participants", "person", people::findKey, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        return new NewEvent(input.kind(), input.title(), input.status(), Objects.requireNonNull(anchors.complete(input.when())),
                place, input.place() == null || input.place().stated(), input.place() == null ? null : input.place().source(),
                participants, input.evidence().stream().map(anchors::complete).toList());
    }

    @Transactional
    public void recordForArticle(long articleKey, List<NewEvent> drafts, Anchors anchors) {
        events.saveAll(IntStream.range(0, drafts.size()).mapToObj(i -> {
            var d = drafts.get(i);
            return new Event(articleKey, i, new NewEvent(d.kind(), d.title(), d.status(),
                    Objects.requireNonNull(anchors.complete(d.when())), d.placeKey(), d.placeStated(), d.placeSource(),
                    d.participantKeys(), d.evidence().stream().map(anchors::complete).toList()));
        }).toList());
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        events.deleteByArticleId(articleKey);
    }

    @Override
    protected List<EventView> views(List<Event> page) {
        var personKeys = new HashSet<Long>();
        var placeKeys = new HashSet<Long>();
        var articleKeys = new HashSet<Long>();
        for (var e : page) {
            personKeys.addAll(e.participantIds);
            if (e.placeId != null) {
                placeKeys.add(e.placeId);
            }
            articleKeys.add(e.articleId());
        }
        Map<Long, Ref> persons = people.refs(personKeys);
        Map<Long, Ref> places = catalog.refs(placeKeys);
        Map<Long, Ref> arts = articles.refs(articleKeys);
        return page.stream().map(e -> {
            EventView.PlaceRef place = null;
            if (e.placeId != null) {
                var ref = Maps.required(places, e.placeId, "place");
                place = new EventView.PlaceRef(ref.id(), ref.name(), e.placeStated, e.placeSource);
            }
            return new EventView(e.key(), Maps.required(arts, e.articleId(), "article"), e.kind, e.title, e.status, e.happens, place,
                    e.participantIds.stream().map(persons::get).toList(), e.evidence.stream().map(RecordSpan::span).toList(),
                    e.updatedAt(), e.version());
        }).toList();
    }
}
