package app.verbatim.event.web;

import app.verbatim.event.EventFilter;
import app.verbatim.event.EventStatus;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The filters of {@code /events}, bound from the query by {@code shared.web}'s resolver. */
record EventQuery(
        @Parameter(description = "talks, visit, signing, meeting, commissioning, shipment, anniversary, election, statement …")
        @Nullable String kind,
        @Parameter(description = "A place's id (baku)") @Nullable String place,
        @Parameter(description = "past, ongoing or planned, as of the article's date") @Nullable EventStatus status,
        @Parameter(description = "A person's id (ilham-aliyev)") @Nullable String participant,
        @Parameter(description = "Earliest day, YYYY-MM-DD: events whose possible dates reach it") @Nullable LocalDate from,
        @Parameter(description = "Latest day, YYYY-MM-DD") @Nullable LocalDate to,
        @Parameter(description = "earliest (default) or latest first") EventFilter.@Nullable EventSort sort) {

    EventFilter filter(@Nullable OffsetDateTime updatedSince) {
        return new EventFilter(blankToNull(kind), blankToNull(place), status, blankToNull(participant), from, to, updatedSince, sort);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
