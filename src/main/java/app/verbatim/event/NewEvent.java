package app.verbatim.event;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A checked event ready to store, its references resolved to internal keys. */
public record NewEvent(String kind, String title, EventStatus status, TimeRef when, @Nullable Long placeKey,
                       boolean placeStated, @Nullable String placeSource, List<Long> participantKeys,
                       List<TextSpan> evidence) {
}
