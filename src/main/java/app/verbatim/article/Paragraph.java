package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.SpanRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.SequenceGenerator;

@Entity
@SequenceGenerator(sequenceName = "paragraph_id_seq", allocationSize = 50)
class Paragraph extends SpanRow {

    int ordinal;
    @Enumerated(EnumType.STRING)
    ParagraphKind kind;

    protected Paragraph() {
        this.kind = ParagraphKind.PARAGRAPH;
    }

    Paragraph(long articleId, int ordinal, ParagraphKind kind, TextSpan span) {
        super(articleId, span);
        this.ordinal = ordinal;
        this.kind = kind;
    }
}
