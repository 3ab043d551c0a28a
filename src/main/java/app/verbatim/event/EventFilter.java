package app.verbatim.event;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Optional, combinable event filters. {@code from}/{@code to} keep events whose possible dates
 * overlap [from, to]: "May 2017" is kept for from=2017-05-20.
 */
public record EventFilter(@Nullable String kind, @Nullable String place, @Nullable LocalDate from,
                          @Nullable LocalDate to) {
}
