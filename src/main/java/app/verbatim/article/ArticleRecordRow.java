package app.verbatim.article;

import app.verbatim.shared.database.VersionedRow;
import jakarta.persistence.MappedSuperclass;

/** A record that belongs to an article (a quote, an event, a resolution), in its article's order. */
@MappedSuperclass
public abstract class ArticleRecordRow extends VersionedRow {

    protected long articleId;
    protected int ordinal;

    protected ArticleRecordRow() {
    }

    protected ArticleRecordRow(long articleId, int ordinal) {
        this.articleId = articleId;
        this.ordinal = ordinal;
    }

    public long articleId() {
        return articleId;
    }
}
