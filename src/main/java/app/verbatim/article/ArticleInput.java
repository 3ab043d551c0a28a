package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The article's own fields in an article document: text, publication and layout. Checked as
 * part of the document ({@code ArticleDocument} holds the rules for each field), so it carries
 * no constraints of its own but its paragraphs' and notes', which the document's check cascades to.
 */
public record ArticleInput(
        String slug,
        String headline,
        @Nullable String publisher,
        @Nullable String url,
        String language,
        @Nullable TimeRef published,
        String body,
        List<ParagraphInput> paragraphs,
        List<NoteInput> notes) {

    public record ParagraphInput(@NotNull ParagraphKind kind, @Valid @NotNull TextSpan span) {
    }

    public record NoteInput(@NotNull NoteKind kind, @Valid @NotNull TextSpan span,
                            @NotBlank @Size(max = 2000) String note) {
    }
}
