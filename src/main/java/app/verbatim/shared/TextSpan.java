package app.verbatim.shared;

import jakarta.persistence.Embeddable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of an article's body: {@code [start, end)} in Unicode code points (the W3C
 * {@code TextPositionSelector}), the exact text there, and up to {@value Anchors#CONTEXT}
 * code points either side (the {@code TextQuoteSelector} prefix and suffix) so the anchor can
 * be found again after the body is edited.
 */
@Embeddable
@WellFormedSpan
public record TextSpan(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Integer start,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") Integer end,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text,
        @Nullable String prefix,
        @Nullable String suffix) {
}
