package app.verbatim.draft.attribution;

import java.util.List;
import org.jspecify.annotations.Nullable;

public record FoundAttribution(Kind kind, List<CharSpan> content, @Nullable CharSpan source, @Nullable CharSpan cue,
                               double confidence, String rule, @Nullable String note) {
    public enum Kind { DIRECT, INDIRECT }
}
