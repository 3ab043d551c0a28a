package app.verbatim.quote;

import app.verbatim.shared.IdRef;
import app.verbatim.shared.TextSpan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quote as a client writes it: in an article document, or alone to an article's quotes. */
public record QuoteInput(
        @NotNull QuoteKind kind,
        @Valid @NotNull IdRef speaker,
        @Valid @NotNull TextSpan source,
        @Valid @NotNull TextSpan cue,
        @Valid @NotNull TextSpan content,
        @Valid @Nullable Channel channel,
        @NotNull @Size(max = 100) List<@Valid @NotNull IdRef> topics) {
}
