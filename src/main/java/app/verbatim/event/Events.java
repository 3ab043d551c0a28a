package app.verbatim.event;

import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.person.People;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The event module's public face. */
@Service
@Transactional(readOnly = true)
public class Events {

    private final EventRepository events;
    private final EventSearch search;
    private final EventEvidenceRepository evidence;
    private final People people;
    private final Catalog catalog;
    private final Articles articles;

    Events(EventRepository events, EventSearch search, EventEvidenceRepository evidence, People people, Catalog catalog,
           Articles articles) {
        this.events = events;
        this.search = search;
        this.evidence = evidence;
        this.people = people;
        this.catalog = catalog;
        this.articles = articles;
    }

    /** Events matching the filter; a place or participant that names nothing gives an empty page. */
    public PageOf<EventView> search(EventFilter filter, PageQuery page) {
        var result = search.search(filter, page);
        var byId = events.findByIdIn(result.ids()).stream().collect(Collectors.toMap(e -> e.id, e -> e));
        return PageOf.of(views(result.ids().stream().map(byId::get).toList()), page, result.total());
    }

    public EventView get(long id) {
        return events.findById(id).map(e -> views(List.of(e)).getFirst())
                .orElseThrow(() -> new NotFoundException("event", id));
    }

    public List<EventView> inArticle(long articleKey) {
        return views(events.findByArticleIdOrderByOrdinal(articleKey));
    }

    @Transactional
    public void recordForArticle(long articleKey, List<NewEvent> drafts, Anchors anchors) {
        for (int i = 0; i < drafts.size(); i++) {
            var d = drafts.get(i);
            var event = events.save(new Event(articleKey, i, new NewEvent(d.kind(), d.title(), d.status(),
                    Objects.requireNonNull(anchors.complete(d.when())), d.placeKey(), d.placeStated(), d.placeSource(),
                    d.participantKeys(), List.of())));
            evidence.saveAll(d.evidence().stream()
                    .map(s -> new EventEvidence(event.id, articleKey, anchors.complete(s))).toList());
        }
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        evidence.deleteByArticleId(articleKey);
        events.deleteByArticleId(articleKey);
    }

    private List<EventView> views(List<Event> page) {
        var personKeys = new HashSet<Long>();
        var placeKeys = new HashSet<Long>();
        var articleKeys = new HashSet<Long>();
        for (var e : page) {
            personKeys.addAll(e.participantIds);
            if (e.placeId != null) {
                placeKeys.add(e.placeId);
            }
            articleKeys.add(e.articleId);
        }
        Map<Long, Ref> persons = people.refs(personKeys);
        Map<Long, Ref> places = catalog.refs(placeKeys);
        Map<Long, Ref> arts = articles.refs(articleKeys);
        Map<Long, List<TextSpan>> spans = evidence.findByEventIdInOrderById(page.stream().map(e -> e.id).toList())
                .stream().collect(Collectors.groupingBy(v -> v.eventId, Collectors.mapping(v -> v.span, Collectors.toList())));
        return page.stream().map(e -> {
            EventView.PlaceRef place = null;
            if (e.placeId != null) {
                var ref = places.get(e.placeId);
                place = new EventView.PlaceRef(ref.id(), ref.name(), e.placeStated, e.placeSource);
            }
            return new EventView(e.id, arts.get(e.articleId), e.kind, e.title, e.status, e.happens, place,
                    e.participantIds.stream().map(persons::get).toList(), spans.getOrDefault(e.id, List.of()),
                    e.updatedAt, e.version);
        }).toList();
    }
}
