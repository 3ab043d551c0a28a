package app.verbatim.resolution;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * A value that may not come from the text: {@code stated} says whether the article says it;
 * when not, {@code source} says where it comes from.
 */
public record Inferred(@NotBlank String value, boolean stated, @Nullable String source) {
}
