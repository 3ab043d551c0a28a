package app.verbatim.resolution.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.resolution.ResolutionInput;
import app.verbatim.resolution.ResolutionView;
import app.verbatim.resolution.Resolutions;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
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
@Tag(name = "Resolutions")
record ResolutionController(Resolutions resolutions) {

    @GetMapping(path = "/resolutions", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "Resolutions and declarations, newest article first")
    PageOf<ResolutionView> list(@ParameterObject ListParams list) {
        return resolutions.list(list.updatedSince(), list.pageQuery());
    }

    @PostMapping(path = "/articles/{slug}/resolutions", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Add a resolution or declaration to an article (editor)")
    ResponseEntity<ResolutionView> create(@PathVariable String slug, @Body ResolutionInput input) {
        var resolution = resolutions.create(slug, input);
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + resolution.id())).body(resolution);
    }

    @PatchMapping(path = "/resolutions/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a resolution with a JSON Merge Patch (editor; If-Match required)")
    ResolutionView patch(@PathVariable long id, @Body Edit<ResolutionInput> edit, Precondition precondition) {
        return resolutions.update(id, edit, precondition);
    }

    @DeleteMapping("/resolutions/{id}")
    @Operation(summary = "Delete a resolution (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable long id, Precondition precondition) {
        resolutions.delete(id, precondition);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/resolutions/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One resolution")
    ResolutionView get(@PathVariable long id) {
        return resolutions.get(id);
    }
}
