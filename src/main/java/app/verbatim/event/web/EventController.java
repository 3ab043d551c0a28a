package app.verbatim.event.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.event.EventInput;
import app.verbatim.event.EventView;
import app.verbatim.event.Events;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import app.verbatim.shared.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Events")
record EventController(Events events) {

    @GetMapping(path = "/events", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "Events, earliest first",
            description = "from/to keep events whose possible dates overlap the range: an event in \"May 2017\" is kept for from=2017-05-20.")
    PageOf<EventView> list(@ParameterObject EventQuery query, @ParameterObject ListParams list) {
        return events.search(query.filter(list.updatedSince()), list.pageQuery());
    }

    @PostMapping(path = "/articles/{slug}/events", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Add an event to an article (editor)", description = "Its evidence spans must be the article's words.")
    ResponseEntity<EventView> create(@PathVariable String slug, @Body EventInput input) {
        var event = events.create(slug, input);
        return ResponseEntity.created(URI.create("/api/v1/events/" + event.id())).body(event);
    }

    @PatchMapping(path = "/events/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit an event with a JSON Merge Patch (editor; If-Match required)")
    EventView patch(@PathVariable long id, @Body Edit<EventInput> edit, Precondition precondition) {
        return events.update(id, edit, precondition);
    }

    @DeleteMapping("/events/{id}")
    @Operation(summary = "Delete an event (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable long id, Precondition precondition) {
        events.delete(id, precondition);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/events/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One event")
    EventView get(@PathVariable long id) {
        return events.get(id);
    }
}
