package app.verbatim.resolution.web;

import app.verbatim.shared.web.Precondition;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import app.verbatim.resolution.ResolutionInput;
import app.verbatim.resolution.ResolutionView;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import tools.jackson.databind.JsonNode;
import app.verbatim.shared.web.InputReader;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Resolutions")
class ResolutionController {

    private final Resolutions resolutions;
    private final InputReader reader;

    ResolutionController(Resolutions resolutions, InputReader reader) {
        this.resolutions = resolutions;
        this.reader = reader;
    }

    @GetMapping(path = "/resolutions", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "Resolutions and declarations, newest article first")
    PageOf<ResolutionView> list(@ParameterObject ListParams list) {
        return resolutions.list(list.updatedSince(), list.pageQuery());
    }

    @PostMapping(path = "/articles/{slug}/resolutions", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Add a resolution or declaration to an article (editor)")
    ResponseEntity<ResolutionView> create(@PathVariable String slug, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = ResolutionInput.class))) @RequestBody JsonNode body) {
        var resolution = resolutions.create(slug, reader.read(body, ResolutionInput.class));
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + resolution.id())).body(resolution);
    }

    @PatchMapping(path = "/resolutions/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a resolution with a JSON Merge Patch (editor; If-Match required)")
    ResolutionView patch(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A JSON Merge Patch (RFC 7396) of these fields",
            content = @Content(mediaType = Formats.MERGE_PATCH,
            schema = @Schema(implementation = ResolutionInput.class))) @RequestBody JsonNode patch,
                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return resolutions.update(id, reader.mergePatch(patch, ResolutionInput.class), Precondition.ifMatch(ifMatch));
    }

    @DeleteMapping("/resolutions/{id}")
    @Operation(summary = "Delete a resolution (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable long id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        resolutions.delete(id, Precondition.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/resolutions/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One resolution")
    ResolutionView get(@PathVariable long id) {
        return resolutions.get(id);
    }
}
