package app.verbatim.article;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The article's own fields in an article document: text, publication and layout. */
public record ArticleInput(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 200) String slug,
        @NotBlank @Size(max = 1000) String headline,
        @Nullable @Size(max = 300) String publisher,
        @Nullable @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") String url,
        @NotBlank @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$") String language,
        @Valid @Nullable TimeRef published,
        @NotNull @Size(min = 1, max = 1_000_000) String body,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull ParagraphInput> paragraphs,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull NoteInput> notes) {

    public record ParagraphInput(@NotNull ParagraphKind kind, @Valid @NotNull TextSpan span) {
    }

    public record NoteInput(@NotNull NoteKind kind, @Valid @NotNull TextSpan span,
                            @NotBlank @Size(max = 2000) String note) {
    }
}
