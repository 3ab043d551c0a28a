package app.verbatim.article;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.IdRef;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Versioned;
import app.verbatim.shared.database.IdPage;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public face of one kind of record that belongs to an article (quotes, events,
 * resolutions). Its reads by id and its writes are the same for every kind, the writes through
 * the one lifecycle, {@link ArticleRecords}; a kind says only how its record is shown, how its
 * fields read back for an edit, and how it is checked and stored. Each step runs inside the
 * write's transaction, with the article locked. Everything else is a read-only transaction, in
 * the subclasses too (they inherit this class's {@code @Transactional}).
 *
 * @param <R> the stored record
 * @param <I> its input, as a client sends it
 * @param <V> its view, as a client reads it (its ETag is computed from it)
 */
@Transactional(readOnly = true)
public abstract class ArticleRecordService<R extends ArticleRecordRow, I, V extends Versioned> {

    private final String noun;
    private final ArticleRecordRepository<R> rows;
    private final ArticleRecords records;

    /** {@code noun} names the record in problems and the audit trail: {@code quote}. */
    protected ArticleRecordService(String noun, ArticleRecordRepository<R> rows, ArticleRecords records) {
        this.noun = noun;
        this.rows = rows;
        this.records = records;
    }

    /** One record; 404 when the id names none. */
    public V get(long id) {
        return rows.findById(id).map(this::view).orElseThrow(() -> new NotFoundException(noun, id));
    }

    /** The article's records, in its order. */
    public List<V> inArticle(long articleKey) {
        return views(rows.findByArticleIdOrderByOrdinal(articleKey));
    }

    /** The views of a page a search found. */
    protected PageOf<V> views(IdPage found, PageQuery page) {
        return PageOf.of(views(found.load(rows::findByIdIn, ArticleRecordRow::key)), page, found.total());
    }

    /** Adds a record to an article; what it refers to must exist and its spans be the article's words. */
    @Transactional
    public V create(String articleSlug, I input) {
        return records.create(this, articleSlug, input);
    }

    /** Edits a record, if it is still as the client read it. */
    @Transactional
    public V update(long id, Edit<I> edit, Precondition precondition) {
        return records.update(this, id, edit, precondition);
    }

    @Transactional
    public void delete(long id, Precondition precondition) {
        records.delete(this, id, precondition);
    }

    String noun() {
        return noun;
    }

    R find(long id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException(noun, id));
    }

    /** The records' views, in their order, each built as every list builds it. */
    protected abstract List<V> views(List<R> records);

    protected V view(R record) {
        return views(List.of(record)).getFirst();
    }

    /** The record's fields as a client would send them: what an edit is applied to. */
    protected abstract I input(V view);

    /** Checks the input against the article and what it refers to (a 422 naming each problem), and makes the record. */
    protected abstract R newRecord(long articleKey, int ordinal, I input, Anchors anchors);

    /** Checks the input as {@link #newRecord} does and writes it over the record's fields. */
    protected abstract void apply(R record, I input, Anchors anchors);

    /** What the audit trail says of a new record. */
    protected abstract String added(I input);

    /** The key {@code find} has for {@code id}; else null, and a problem at {@code field}: no {@code noun} has that id. */
    protected static @Nullable Long key(String id, String field, String noun, Function<String, Optional<Long>> find,
                                        List<FieldProblem> problems) {
        var key = find.apply(id);
        if (key.isEmpty()) {
            problems.add(new FieldProblem(field, "no %s has the id '%s'".formatted(noun, id)));
            return null;
        }
        return key.get();
    }

    /** The keys of the refs that name a record, in order, each found as {@link #key} finds it (at {@code field[i].id}). */
    protected static List<Long> keys(List<IdRef> refs, String field, String noun, Function<String, Optional<Long>> find,
                                     List<FieldProblem> problems) {
        var keys = new ArrayList<Long>(refs.size());
        for (int i = 0; i < refs.size(); i++) {
            var key = key(refs.get(i).id(), "%s[%d].id".formatted(field, i), noun, find, problems);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Stores a new record after the article's last; flushed, as every write here is. */
    R insert(Articles.Locked article, I input) {
        return rows.saveAndFlush(newRecord(article.key(), rows.nextOrdinal(article.key()), input, article.anchors()));
    }

    /** Stores the input over the record; flushed, so its version has moved. */
    void overwrite(R record, I input, Articles.Locked article) {
        apply(record, input, article.anchors());
        rows.saveAndFlush(record);
    }

    /** Deletes the record with its parts (an event's evidence, …): they are values of it. */
    void remove(R record) {
        rows.delete(record);
    }
}
