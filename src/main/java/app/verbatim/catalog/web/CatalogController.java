package app.verbatim.catalog.web;

import app.verbatim.catalog.Catalog;
import app.verbatim.catalog.EntryType;
import app.verbatim.catalog.EntryView;
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
@RequestMapping(path = "/api/v1", produces = Formats.JSON)
@Tag(name = "Places, organizations, topics")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/places")
    @Operation(summary = "Places, by name")
    PageOf<EntryView> places(@Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                             @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                             @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return catalog.list(EntryType.PLACE, updatedSince, PageQuery.of(page, size));
    }

    @GetMapping("/places/{id}")
    @Operation(summary = "One place")
    EntryView place(@PathVariable String id) {
        return catalog.get(EntryType.PLACE, id);
    }

    @GetMapping("/organizations")
    @Operation(summary = "Organizations, by name")
    PageOf<EntryView> organizations(@Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                             @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                                    @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return catalog.list(EntryType.ORGANIZATION, updatedSince, PageQuery.of(page, size));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "One organization")
    EntryView organization(@PathVariable String id) {
        return catalog.get(EntryType.ORGANIZATION, id);
    }

    @GetMapping("/topics")
    @Operation(summary = "Topics, by name")
    PageOf<EntryView> topics(@Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                             @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                             @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return catalog.list(EntryType.TOPIC, updatedSince, PageQuery.of(page, size));
    }

    @GetMapping("/topics/{id}")
    @Operation(summary = "One topic")
    EntryView topic(@PathVariable String id) {
        return catalog.get(EntryType.TOPIC, id);
    }
}
