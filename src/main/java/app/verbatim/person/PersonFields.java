package app.verbatim.person;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person as {@code POST /people} takes them and {@code PATCH} edits them; mentions come with articles. */
public record PersonFields(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 120) String id,
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String role,
        @Nullable @Size(max = 120) String country,
        @NotNull @Size(max = 100) List<@NotBlank @Size(max = 300) String> aliases,
        @Nullable @Pattern(regexp = "^Q[1-9][0-9]*$") String wikidataId) {
}
