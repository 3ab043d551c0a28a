package app.verbatim.quote.web;

import app.verbatim.quote.QuoteView;
import app.verbatim.quote.Quotes;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quotes")
class QuoteController {

    private final Quotes quotes;

    QuoteController(Quotes quotes) {
        this.quotes = quotes;
    }

    @GetMapping(path = "/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "Quotes: search and filter",
            description = "Filters combine with AND; several speakers with OR. A speaker, article or topic that names nothing gives an empty page.")
    PageOf<QuoteView> list(@ParameterObject QuoteParams params) {
        return quotes.search(params.filter(), params.pageQuery());
    }

    @GetMapping(path = "/quotes/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One quote")
    QuoteView get(@PathVariable long id) {
        return quotes.get(id);
    }

    @GetMapping(path = "/people/{id}/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "What one person said", description = "404 when no person has this id; takes the filters of /quotes but speaker.")
    PageOf<QuoteView> bySpeaker(@PathVariable String id, @ParameterObject BySpeakerParams params) {
        return quotes.bySpeaker(id, params.quoteParams().filter(), params.quoteParams().pageQuery());
    }
}
