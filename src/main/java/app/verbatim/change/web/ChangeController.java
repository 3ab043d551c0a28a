package app.verbatim.change.web;

import app.verbatim.change.ChangePage;
import app.verbatim.change.Changes;
import app.verbatim.shared.web.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Changes")
record ChangeController(Changes changes, ChangeStreams streams) {

    private static final String AFTER = "The cursor to continue from: 'next' of the last page, an item's 'cursor', or 'now'. "
            + "Without it, the oldest change kept. A cursor older than the log's retention is answered 410.";

    @GetMapping(path = "/changes", produces = Formats.JSON)
    @Operation(summary = "Every create, update and delete (tombstones), in the order they became visible, after a cursor")
    ResponseEntity<ChangePage> page(@Parameter(description = AFTER) @RequestParam(required = false) @Nullable String after,
                                    @Parameter(description = "Changes per page, 1 to 1000 (larger is clamped), default 100")
                                    @RequestParam(required = false) @Nullable Integer size,
                                    HttpServletRequest request) {
        var page = changes.page(after, size);
        var next = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("after", page.next()).build().encode().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
    }

    @GetMapping(path = "/changes", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The same changes live, as Server-Sent Events (id = cursor; resumable with Last-Event-ID)")
    SseEmitter stream(@Parameter(description = AFTER + " A stream without one starts at the present.")
                      @RequestParam(required = false) @Nullable String after,
                      @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId) {
        return streams.open(lastEventId != null && !lastEventId.isBlank() ? lastEventId : after);
    }
}
