package app.verbatim.resolution;

import app.verbatim.shared.Versioned;
import app.verbatim.resolution.ResolutionInput.Demands;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A resolution as the API shows it. */
public record ResolutionView(long id, Ref article, String issuer, String kind, String title,
                             @Nullable Inferred identifier, @Nullable TimeRef adopted, @Nullable Demands demands,
                             List<TextSpan> mentions, @Nullable Instant updatedAt, int version) implements Versioned {
}
