package app.verbatim.catalog;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Where an article names a place, organization or topic. */
@Entity
@Table(name = "catalog_mention")
@SequenceGenerator(sequenceName = "catalog_mention_id_seq", allocationSize = 50)
class EntryMention extends SpanRow {

    long entryId;

    protected EntryMention() {
    }

    EntryMention(long articleId, long entryId, TextSpan span) {
        super(articleId, span);
        this.entryId = entryId;
    }
}
