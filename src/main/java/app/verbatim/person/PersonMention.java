package app.verbatim.person;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

/** Where an article names a person, in the words it uses there. */
@Entity
class PersonMention {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_mention_id")
    @SequenceGenerator(name = "person_mention_id", sequenceName = "person_mention_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    long personId;
    @Embedded
    TextSpan span;

    protected PersonMention() {
        this.span = new TextSpan(0, 0, "", null, null);
    }

    PersonMention(long articleId, long personId, TextSpan span) {
        this.articleId = articleId;
        this.personId = personId;
        this.span = span;
    }
}
