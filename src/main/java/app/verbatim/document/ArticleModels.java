package app.verbatim.document;

import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryType;
import app.verbatim.event.Events;
import app.verbatim.person.People;
import app.verbatim.quote.Quotes;
import app.verbatim.resolution.Resolutions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the article model from each module's records, in one read-only transaction. */
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
        return new ArticleModel(s.slug(), s.headline(), s.publisher(), s.url(), s.language(), s.published(),
                s.createdAt(), s.updatedAt(), s.version(), text.body(), text.paragraphs(), text.notes(),
                people.inArticle(key), entries.get(EntryType.PLACE), entries.get(EntryType.ORGANIZATION),
                entries.get(EntryType.TOPIC), quotes.inArticle(key), resolutions.inArticle(key),
                events.inArticle(key));
    }
}
