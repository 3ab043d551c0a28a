package app.verbatim.resolution.web;

import app.verbatim.resolution.ResolutionView;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import app.verbatim.shared.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/resolutions")
@Tag(name = "Resolutions")
class ResolutionController {

    private final Resolutions resolutions;

    ResolutionController(Resolutions resolutions) {
        this.resolutions = resolutions;
    }

    @GetMapping(produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "Resolutions and declarations, newest article first")
    PageOf<ResolutionView> list(@Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                              @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                                @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return resolutions.list(updatedSince, PageQuery.of(page, size));
    }

    @GetMapping(path = "/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One resolution")
    ResolutionView get(@PathVariable long id) {
        return resolutions.get(id);
    }
}
