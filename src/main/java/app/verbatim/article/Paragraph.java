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

@Entity
class Paragraph {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paragraph_id")
    @SequenceGenerator(name = "paragraph_id", sequenceName = "paragraph_id_seq", allocationSize = 50)
    @Nullable Long id;

    long articleId;
    int ordinal;
    @Enumerated(EnumType.STRING)
    ParagraphKind kind;
    @Embedded
    TextSpan span;

    protected Paragraph() {
        this(0, 0, ParagraphKind.PARAGRAPH, new TextSpan(0, 0, "", null, null));
    }

    Paragraph(long articleId, int ordinal, ParagraphKind kind, TextSpan span) {
        this.articleId = articleId;
        this.ordinal = ordinal;
        this.kind = kind;
        this.span = span;
    }
}
