package app.verbatim.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * Optional, combinable event filters. {@code from}/{@code to} keep events whose possible dates
 * overlap [from, to]: "May 2017" is kept for from=2017-05-20.
 *
 * @param participant a person's id
 * @param sort        {@code earliest} first (the default) or {@code latest} first
 */
public record EventFilter(@Nullable String kind, @Nullable String place, @Nullable EventStatus status,
                          @Nullable String participant, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable OffsetDateTime updatedSince, @Nullable EventSort sort) {

    public enum EventSort { EARLIEST, LATEST }
}
