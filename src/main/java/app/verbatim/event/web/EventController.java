package app.verbatim.event.web;

import app.verbatim.event.EventFilter;
import app.verbatim.event.EventView;
import app.verbatim.event.Events;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Events")
class EventController {

    private final Events events;

    EventController(Events events) {
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Events, earliest first",
            description = "from/to keep events whose possible dates overlap the range: an event in \"May 2017\" is kept for from=2017-05-20.")
    PageOf<EventView> list(
            @Parameter(description = "talks, visit, signing, meeting, commissioning, shipment, anniversary, election, statement …")
            @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "A place's id (baku)") @RequestParam(required = false) @Nullable String place,
            @Parameter(description = "Earliest day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Latest day, YYYY-MM-DD") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return events.search(new EventFilter(kind, place, from, to), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One event")
    EventView get(@PathVariable long id) {
        return events.get(id);
    }
}
