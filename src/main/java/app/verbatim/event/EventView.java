package app.verbatim.event;

import app.verbatim.shared.Versioned;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An event as the API shows it. */
public record EventView(long id, Ref article, String kind, String title, EventStatus status, TimeRef when,
                        @Nullable PlaceRef place, List<Ref> participants, List<TextSpan> evidence,
                        @Nullable Instant updatedAt, int version) implements Versioned {

    /** Where it happens; {@code stated: false} with a {@code source} when the text does not say. */
    public record PlaceRef(String id, String name, boolean stated, @Nullable String source) {
    }
}
