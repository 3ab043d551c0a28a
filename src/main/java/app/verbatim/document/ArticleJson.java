package app.verbatim.document;

import app.verbatim.article.Articles;
import app.verbatim.catalog.Catalog;
import app.verbatim.person.People;
import app.verbatim.shared.web.Etags;
import app.verbatim.shared.NotFoundException;
import app.verbatim.change.ChangeFeed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article model as JSON bytes, kept while it is current. A model shows its article's records
 * (whose every write moves the article's version) and the names of shared people and catalog
 * entries; so it is current while the article's version and the last change to any person or
 * entry are what they were. Checking that costs three index look-ups instead of a dozen queries
 * and a serialization. The check and any rebuild read one snapshot (repeatable read), so a
 * cached model is never older than its key.
 *
 * <p>While the {@link ChangeFeed}'s epoch has not moved since a model was read or confirmed,
 * nothing it shows has changed, and {@link #current} hands it out without asking the database
 * at all (the article model's fast path).
 */
@Service
public class ArticleJson {

    /**
     * The JSON of one article's model and its ETag; {@code epoch} is the {@link ChangeFeed}'s
     * epoch under which it was last read or confirmed from the database.
     */
    public record Cached(String key, byte[] body, String etag, long epoch) {
    }

    private final Articles articles;
    private final People people;
    private final Catalog catalog;
    private final ArticleModels models;
    private final Etags etags;
    private final JsonMapper json;
    private final ChangeFeed changes;
    private final long capacity;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final io.micrometer.core.instrument.Counter hits;
    private final io.micrometer.core.instrument.Counter confirmed;
    private final io.micrometer.core.instrument.Counter misses;
    private long bytes;

    ArticleJson(Articles articles, People people, Catalog catalog, ArticleModels models, Etags etags, JsonMapper json, ChangeFeed changes,
                @Value("${verbatim.cache.article-models:64MB}") DataSize capacity, io.micrometer.core.instrument.MeterRegistry meters) {
        this.articles = articles;
        this.people = people;
        this.catalog = catalog;
        this.models = models;
        this.etags = etags;
        this.json = json;
        this.changes = changes;
        this.capacity = capacity.toBytes();
        // hit: served from memory, no database work; confirmed: one look-up said the held JSON is
        // still right; miss: the model was read and written out again.
        String name = "verbatim.article.model.cache";
        this.hits = meters.counter(name, "result", "hit");
        this.confirmed = meters.counter(name, "result", "confirmed");
        this.misses = meters.counter(name, "result", "miss");
    }

    /**
     * The model's JSON if it is held and nothing has changed since it was read; no database work.
     * While the database is unreachable, what was current when it went away still is: nobody can
     * change it meanwhile ({@link ChangeFeed#epochWhileUnreachable}).
     */
    public @Nullable Cached current(String slug) {
        long epoch = changes.epoch();
        if (epoch < 0) {
            epoch = changes.epochWhileUnreachable();
        }
        if (epoch < 0) {
            return null;
        }
        synchronized (cache) {
            var hit = cache.get(slug);
            if (hit != null && hit.epoch() == epoch) {
                hits.increment();
                return hit;
            }
            return null;
        }
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Cached of(String slug) {
        // Noted before the first read: a change committed after this may be missing from what is read.
        long epoch = changes.epoch();
        var stamp = articles.stamp(slug).orElseThrow(() -> new NotFoundException("article", slug));
        String key = stamp.key() + "/" + stamp.version() + "/" + people.lastUpdate() + "/" + catalog.lastUpdate();
        synchronized (cache) {
            var hit = cache.get(slug);
            if (hit != null && hit.key().equals(key)) {
                if (hit.epoch() != epoch) {
                    hit = new Cached(hit.key(), hit.body(), hit.etag(), epoch);
                    cache.put(slug, hit);
                }
                confirmed.increment();
                return hit;
            }
        }
        misses.increment();
        var model = models.model(slug);
        var fresh = new Cached(key, json.writeValueAsBytes(model), etags.of(model), epoch);
        synchronized (cache) {
            var old = cache.put(slug, fresh);
            bytes += fresh.body().length - (old == null ? 0 : old.body().length);
            var eldest = cache.entrySet().iterator();
            while (bytes > capacity && eldest.hasNext()) {
                var entry = eldest.next();
                bytes -= entry.getValue().body().length;
                eldest.remove();
            }
        }
        return fresh;
    }
}
