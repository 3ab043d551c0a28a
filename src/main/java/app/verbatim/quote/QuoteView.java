package app.verbatim.quote;

import app.verbatim.shared.Match;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A quote as the API shows it; {@code article} is {@code {id: slug, name: headline}}, and
 * {@code match} is there only in answers to a full-text query.
 */
public record QuoteView(long id, Ref article, QuoteKind kind, Ref speaker, TextSpan source, TextSpan cue,
                        TextSpan content, @Nullable Channel channel, List<Ref> topics, @Nullable Instant updatedAt,
                        int version, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Match match) implements Versioned {
}
