package app.verbatim.article;

import app.verbatim.shared.Versioned;
import java.util.Optional;

/**
 * One kind of record that belongs to an article (a quote, an event, a resolution) as
 * {@link ArticleRecords} writes it: how it is found and shown, how its fields read back for an
 * edit, and how it is stored once its input is checked against the article's text. Each step
 * runs inside the write's transaction, with the article locked.
 *
 * @param <R> the stored record
 * @param <I> its input, as a client sends it
 * @param <V> its view, as a client reads it (its ETag is computed from it)
 */
public interface ArticleRecord<R, I, V extends Versioned> {

    /** The record's noun, as problems and the audit trail name it: {@code quote}. */
    String noun();

    Optional<R> find(long id);

    long id(R record);

    long articleKey(R record);

    V view(R record);

    /** The record's fields as a client would send them: what an edit is applied to. */
    I input(V view);

    /** Checks the input against the article and what it refers to (a 422 naming each problem), and stores a new record. */
    R create(Articles.Locked article, I input);

    /** Checks the input as {@link #create} does and stores it over the record; flushed, so its version has moved. */
    void update(R record, I input, Articles.Locked article);

    void delete(R record);

    /** What the audit trail says of a new record. */
    String added(I input);
}
