package app.verbatim.catalog;

import app.verbatim.shared.TextSpan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A place, organization or topic as an article document names it, with where it is mentioned. */
public record EntryInput(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 120) String id,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Pattern(regexp = "^[a-z]+(_[a-z]+)*$") @Size(max = 60) String kind,
        @Nullable @Size(max = 120) String country,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull TextSpan> mentions) {
}
