package app.verbatim.resolution.web;

import app.verbatim.resolution.ResolutionView;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/resolutions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Resolutions")
class ResolutionController {

    private final Resolutions resolutions;

    ResolutionController(Resolutions resolutions) {
        this.resolutions = resolutions;
    }

    @GetMapping
    @Operation(summary = "Resolutions and declarations, newest article first")
    PageOf<ResolutionView> list(@Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                                @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return resolutions.list(PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One resolution")
    ResolutionView get(@PathVariable long id) {
        return resolutions.get(id);
    }
}
