package app.verbatim.shared.database;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** A row that anchors a span of one article's text: a paragraph, a note, where a record is mentioned. */
@MappedSuperclass
public abstract class SpanRow extends KeyedRow {

    protected long articleId;
    @Embedded
    protected TextSpan span;

    protected SpanRow() {
        this(0, new TextSpan(0, 0, "", null, null));
    }

    protected SpanRow(long articleId, TextSpan span) {
        this.articleId = articleId;
        this.span = span;
    }

    public TextSpan span() {
        return span;
    }
}
