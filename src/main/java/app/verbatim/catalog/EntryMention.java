package app.verbatim.catalog;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Where an article names a place, organization or topic. */
@Entity
@Table(name = "catalog_mention")
class EntryMention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_mention_id")
    @SequenceGenerator(name = "catalog_mention_id", sequenceName = "catalog_mention_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    long entryId;
    @Embedded
    TextSpan span;

    protected EntryMention() {
        this.span = new TextSpan(0, 0, "", null, null);
    }

    EntryMention(long articleId, long entryId, TextSpan span) {
        this.articleId = articleId;
        this.entryId = entryId;
        this.span = span;
    }
}
