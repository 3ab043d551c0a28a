package app.verbatim.catalog.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryFields;
import app.verbatim.catalog.EntryType;
import app.verbatim.catalog.EntryView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
@RequestMapping(path = "/api/v1", produces = Formats.JSON)
@Tag(name = "Places, organizations, topics")
record CatalogController(Catalog catalog) {

    @GetMapping({"/places", "/organizations", "/topics"})
    @Operation(summary = "Places, organizations or topics (as the path says), by name")
    PageOf<EntryView> list(HttpServletRequest request, @ParameterObject ListParams list) {
        return catalog.list(typeOf(collection(request)), list.updatedSince(), list.pageQuery());
    }

    @GetMapping({"/places/{id}", "/organizations/{id}", "/topics/{id}"})
    @Operation(summary = "One place, organization or topic (as the path says)")
    EntryView get(HttpServletRequest request, @PathVariable String id) {
        return catalog.get(typeOf(collection(request)), id);
    }

    // Three paths each, not one "/{type}": the OpenAPI document then lists POST /places beside
    // GET /places, as a client looks for it, and a misspelt collection is no route (404).
    @PostMapping(path = {"/places", "/organizations", "/topics"}, consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Create a place, organization or topic (editor)", description = "409 when the id is taken.")
    ResponseEntity<EntryView> create(HttpServletRequest request, @Body EntryFields fields) {
        String type = collection(request);
        var entry = catalog.create(typeOf(type), fields);
        return ResponseEntity.created(URI.create("/api/v1/" + type + "/" + entry.id())).body(entry);
    }

    @PatchMapping(path = {"/places/{id}", "/organizations/{id}", "/topics/{id}"}, consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a place, organization or topic with a JSON Merge Patch (editor; If-Match required)")
    EntryView patch(HttpServletRequest request, @PathVariable String id, @Body Edit<EntryFields> edit, Precondition precondition) {
        return catalog.update(typeOf(collection(request)), id, edit, precondition);
    }

    @DeleteMapping({"/places/{id}", "/organizations/{id}", "/topics/{id}"})
    @Operation(summary = "Delete a place, organization or topic nothing refers to (admin; If-Match required)")
    ResponseEntity<Void> delete(HttpServletRequest request, @PathVariable String id, Precondition precondition) {
        catalog.delete(typeOf(collection(request)), id, precondition);
        return ResponseEntity.noContent().build();
    }

    /** The collection a request names: the path segment after /api/v1/ (places, organizations or topics). */
    private static String collection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/api/v1/".length());
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static EntryType typeOf(String plural) {
        return switch (plural) {
            case "places" -> EntryType.PLACE;
            case "organizations" -> EntryType.ORGANIZATION;
            case "topics" -> EntryType.TOPIC;
            default -> throw new IllegalStateException("not a catalog collection: " + plural);
        };
    }
}
