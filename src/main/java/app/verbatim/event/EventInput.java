package app.verbatim.event;

import app.verbatim.shared.IdRef;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An event as a client writes it; every event rests on at least one passage of the text. */
public record EventInput(
        @NotBlank @Pattern(regexp = "^[a-z]+(_[a-z]+)*$") @Size(max = 60) String kind,
        @NotBlank @Size(max = 500) String title,
        @NotNull EventStatus status,
        @Valid @NotNull TimeRef when,
        @Valid @Nullable PlaceClaim place,
        @NotNull @Size(max = 1000) List<@Valid @NotNull IdRef> participants,
        @NotNull @Size(min = 1, max = 1000) List<@Valid @NotNull TextSpan> evidence) {

    /** Where an event happens; {@code stated: false} with a {@code source} when the text does not say. */
    public record PlaceClaim(@NotBlank String id, boolean stated, @Nullable String source) {
    }
}
