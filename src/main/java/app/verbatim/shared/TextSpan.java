package app.verbatim.shared;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of an article's body: {@code [start, end)} in Unicode code points (the W3C
 * {@code TextPositionSelector}), the exact text there, and up to {@value Anchors#CONTEXT}
 * code points either side (the {@code TextQuoteSelector} prefix and suffix) so the anchor can
 * be found again after the body is edited.
 */
@Embeddable
public record TextSpan(
        @NotNull @PositiveOrZero Integer start,
        @NotNull @PositiveOrZero Integer end,
        @NotNull String text,
        @Nullable String prefix,
        @Nullable String suffix) {
}
