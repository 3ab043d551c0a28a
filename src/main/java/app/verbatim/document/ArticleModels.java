package app.verbatim.document;

import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryInArticle;
import app.verbatim.catalog.EntryType;
import app.verbatim.event.EventView;
import app.verbatim.event.Events;
import app.verbatim.person.People;
import app.verbatim.person.PersonInArticle;
import app.verbatim.quote.QuoteView;
import app.verbatim.quote.Quotes;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.Maps;
import app.verbatim.shared.Ref;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the article model from each module's records, in one read-only transaction.
 *
 * <p>The model is also the article's export, the document that imports it again, so it lists
 * every person, place and topic the article's records refer to: those the text mentions, in
 * order of first mention, then those it never mentions (an event's place inferred from the
 * dateline, a speaker named only in a byline), by id, with no mentions. Left out, they would make
 * the export a document the importer refuses ("… is not among the document's places").
 */
@Service
@Transactional(readOnly = true)
public class ArticleModels {

    private final Articles articles;
    private final People people;
    private final Catalog catalog;
    private final Quotes quotes;
    private final Resolutions resolutions;
    private final Events events;

    ArticleModels(Articles articles, People people, Catalog catalog, Quotes quotes, Resolutions resolutions,
                  Events events) {
        this.articles = articles;
        this.people = people;
        this.catalog = catalog;
        this.quotes = quotes;
        this.resolutions = resolutions;
        this.events = events;
    }

    public ArticleModel model(String slug) {
        var text = articles.text(slug);
        long key = text.key();
        var s = text.summary();
        var entries = catalog.inArticle(key);
        var quoted = quotes.inArticle(key);
        var happened = events.inArticle(key);
        var speakersAndParticipants = Stream.concat(quoted.stream().map(QuoteView::speaker),
                happened.stream().flatMap(e -> e.participants().stream())).map(Ref::id).toList();
        var eventPlaces = happened.stream().map(EventView::place).filter(Objects::nonNull).map(EventView.PlaceRef::id).toList();
        var quoteTopics = quoted.stream().flatMap(q -> q.topics().stream()).map(Ref::id).toList();
        return new ArticleModel(s.slug(), s.headline(), s.publisher(), s.url(), s.language(), s.published(),
                s.createdAt(), s.updatedAt(), s.version(), text.body(), text.paragraphs(), text.notes(),
                withUnmentioned(people.inArticle(key), PersonInArticle::id, speakersAndParticipants, id -> {
                    var p = people.get(id);
                    return new PersonInArticle(p.id(), p.name(), p.role(), p.country(), p.aliases(), p.wikidataId(), List.of());
                }),
                withUnmentioned(Maps.required(entries, EntryType.PLACE, "entry list"), EntryInArticle::id, eventPlaces, id -> entry(EntryType.PLACE, id)),
                Maps.required(entries, EntryType.ORGANIZATION, "entry list"),
                withUnmentioned(Maps.required(entries, EntryType.TOPIC, "entry list"), EntryInArticle::id, quoteTopics, id -> entry(EntryType.TOPIC, id)),
                quoted, resolutions.inArticle(key), happened);
    }

    private EntryInArticle entry(EntryType type, String id) {
        var e = catalog.get(type, id);
        return new EntryInArticle(e.id(), e.name(), e.kind(), e.country(), List.of());
    }

    /** The mentioned ones as they are, then each referred-to one the text never mentions, by id. */
    static <T> List<T> withUnmentioned(List<T> mentioned, Function<T, String> id, Collection<String> referred,
                                       Function<String, T> load) {
        var listed = new HashSet<String>();
        mentioned.forEach(m -> listed.add(id.apply(m)));
        var missing = new TreeSet<String>();
        referred.stream().filter(r -> !listed.contains(r)).forEach(missing::add);
        if (missing.isEmpty()) {
            return mentioned;
        }
        var all = new ArrayList<>(mentioned);
        missing.forEach(r -> all.add(load.apply(r)));
        return List.copyOf(all);
    }
}
