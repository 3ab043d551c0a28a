package app.verbatim.article;

import app.verbatim.audit.AuditedWrites.Target;
import app.verbatim.audit.AuditedWrites;
import app.verbatim.shared.Versioned;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one lifecycle of the records that belong to an article (quotes, events, resolutions): find
 * the record, lock its article (writes to one article go one at a time), check the client's
 * precondition against the record as it is now, check and resolve the input, store it, mark the
 * article changed and record the write in the audit trail, all in the caller's transaction.
 */
@Service
public class ArticleRecords {

    private final Articles articles;
    private final AuditedWrites writes;

    ArticleRecords(Articles articles, AuditedWrites writes) {
        this.articles = articles;
        this.writes = writes;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    <R extends ArticleRecordRow, I, V extends Versioned> V create(ArticleRecordService<R, I, V> kind, String articleSlug, I input) {
        var article = articles.lock(articleSlug);
        var record = kind.insert(article, input);
        articles.touch(article.key());
        var view = kind.view(record);
        writes.created(new Target(kind.noun(), record.key(), article.slug()), view.version(), kind.added(input));
        return view;
    }

    /** Applies an edit to the record's fields, if the record is still as the client read it. */
    @Transactional(propagation = Propagation.MANDATORY)
    <R extends ArticleRecordRow, I, V extends Versioned> V update(ArticleRecordService<R, I, V> kind, long id, Edit<I> edit,
                                                                  Precondition precondition) {
        var locked = lock(kind, id);
        var current = kind.view(locked.record());
        return writes.update(locked.target(), precondition, current, kind.input(current), edit, input -> {
            kind.overwrite(locked.record(), input, locked.article());
            articles.touch(locked.article().key());
            return kind.view(locked.record());
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    <R extends ArticleRecordRow, I, V extends Versioned> void delete(ArticleRecordService<R, I, V> kind, long id, Precondition precondition) {
        var locked = lock(kind, id);
        writes.delete(locked.target(), precondition, kind.view(locked.record()), () -> {
            kind.remove(locked.record());
            articles.touch(locked.article().key());
        });
    }

    private record Locked<R>(R record, Articles.Locked article, Target target) {
    }

    /** The record, read again once its article is locked: a write that held the lock before may have changed it. */
    private <R extends ArticleRecordRow> Locked<R> lock(ArticleRecordService<R, ?, ?> kind, long id) {
        var article = articles.lock(kind.find(id).articleId());
        var record = kind.find(id);
        return new Locked<>(record, article, new Target(kind.noun(), id, article.slug()));
    }
}
