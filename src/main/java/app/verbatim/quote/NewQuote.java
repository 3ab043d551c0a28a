package app.verbatim.quote;

import app.verbatim.shared.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checked quote ready to store: references already resolved to internal keys. */
public record NewQuote(QuoteKind kind, long speakerKey, TextSpan source, TextSpan cue, TextSpan content,
                       @Nullable Channel channel, List<Long> topicKeys) {
}
