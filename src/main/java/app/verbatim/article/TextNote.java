package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.jspecify.annotations.Nullable;

/** An editor's remark on the text itself (a typo, a scare quote), anchored where it applies. */
@Entity
class TextNote {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "text_note_id")
    @SequenceGenerator(name = "text_note_id", sequenceName = "text_note_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    int ordinal;
    @Enumerated(EnumType.STRING)
    NoteKind kind;
    @Embedded
    TextSpan span;
    String note;

    protected TextNote() {
        this(0, 0, NoteKind.TYPO, new TextSpan(0, 0, "", null, null), "");
    }

    TextNote(long articleId, int ordinal, NoteKind kind, TextSpan span, String note) {
        this.articleId = articleId;
        this.ordinal = ordinal;
        this.kind = kind;
        this.span = span;
        this.note = note;
    }
}
