package app.verbatim.person;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.SequenceGenerator;

/** Where an article names a person, in the words it uses there. */
@Entity
@SequenceGenerator(sequenceName = "person_mention_id_seq", allocationSize = 50)
class PersonMention extends SpanRow {

    long personId;

    protected PersonMention() {
    }

    PersonMention(long articleId, long personId, TextSpan span) {
        super(articleId, span);
        this.personId = personId;
    }
}
