package app.verbatim.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A place, organization or topic as {@code POST} takes it and {@code PATCH} edits it. */
public record EntryFields(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 120) String id,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Pattern(regexp = "^[a-z]+(_[a-z]+)*$") @Size(max = 60) String kind,
        @Nullable @Size(max = 120) String country) {
}
