package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A passage of the article that a record's part stands on: an event's evidence, a resolution's
 * mentions. A value of its record, kept in a table of its own beside the record's (each row keyed
 * by that table's sequence, which the database fills in), in the columns every such table names
 * alike.
 */
@Embeddable
public record RecordSpan(
        @Column(name = "article_id") long articleId,
        @Embedded
        @AttributeOverride(name = "start", column = @Column(name = "span_start"))
        @AttributeOverride(name = "end", column = @Column(name = "span_end"))
        @AttributeOverride(name = "text", column = @Column(name = "span_text"))
        @AttributeOverride(name = "prefix", column = @Column(name = "span_prefix"))
        @AttributeOverride(name = "suffix", column = @Column(name = "span_suffix"))
        TextSpan span) {
}
