package app.verbatim.quote;

import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A quote as the API shows it; {@code article} is {@code {id: slug, name: headline}}. */
public record QuoteView(long id, Ref article, QuoteKind kind, Ref speaker, TextSpan source, TextSpan cue,
                        TextSpan content, @Nullable Channel channel, List<Ref> topics, int version) {
}
