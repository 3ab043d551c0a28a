package app.verbatim.resolution;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resolution or declaration as an article document gives it. */
public record ResolutionInput(
        @NotBlank @Size(max = 300) String issuer,
        @NotBlank @Pattern(regexp = "^[a-z]+(_[a-z]+)*$") @Size(max = 60) String kind,
        @NotBlank @Size(max = 500) String title,
        @Valid @Nullable Inferred identifier,
        @Valid @Nullable TimeRef adopted,
        @Valid @Nullable Demands demands,
        @NotNull @Size(max = 1000) List<@Valid @NotNull TextSpan> mentions) {

    /** What the document demands or says, in the article's words. */
    public record Demands(@NotBlank @Size(max = 5000) String text, @Valid @Nullable TextSpan span) {
    }
}
