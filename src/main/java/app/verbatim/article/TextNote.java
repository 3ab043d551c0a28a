package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;

/** An editor's remark on the text itself (a typo, a scare quote), anchored where it applies. */
@Entity
@SequenceGenerator(sequenceName = "text_note_id_seq", allocationSize = 50)
class TextNote extends SpanRow {

    int ordinal;
    @Enumerated(EnumType.STRING)
    NoteKind kind;
    String note;

    protected TextNote() {
        this.kind = NoteKind.TYPO;
        this.note = "";
    }

    TextNote(long articleId, int ordinal, NoteKind kind, TextSpan span, String note) {
        super(articleId, span);
        this.ordinal = ordinal;
        this.kind = kind;
        this.note = note;
    }
}
