package app.verbatim.quote.web;

import app.verbatim.quote.QuoteFilter;
import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteView;
import app.verbatim.quote.Quotes;
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
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quotes")
class QuoteController {

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    @GetMapping("/quotes")
    @Operation(summary = "Quotes, newest article first, then in the article's order",
            description = "Filters combine with AND. A speaker or article that names nothing gives an empty page.")
    PageOf<QuoteView> list(
            @Parameter(description = "The speaker's id, name or any alias, case-insensitive (speaker=aliyev)")
            @RequestParam(required = false) @Nullable String speaker,
            @Parameter(description = "direct or indirect") @RequestParam(required = false) @Nullable QuoteKind kind,
            @Parameter(description = "An article's slug") @RequestParam(required = false) @Nullable String article,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return quotes.search(new QuoteFilter(blankToNull(speaker), kind, blankToNull(article)), PageQuery.of(page, size));
    }

    @GetMapping("/quotes/{id}")
    @Operation(summary = "One quote")
    QuoteView get(@PathVariable long id) {
        return quotes.get(id);
    }

    @GetMapping("/people/{id}/quotes")
    @Operation(summary = "What one person said", description = "404 when no person has this id.")
    PageOf<QuoteView> bySpeaker(@PathVariable String id,
                                @Parameter(description = "direct or indirect") @RequestParam(required = false) @Nullable QuoteKind kind,
                                @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                                @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return quotes.bySpeaker(id, kind, PageQuery.of(page, size));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
