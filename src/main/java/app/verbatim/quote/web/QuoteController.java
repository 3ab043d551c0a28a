package app.verbatim.quote.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteView;
import app.verbatim.quote.Quotes;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quotes")
record QuoteController(Quotes quotes) {

    @PostMapping(path = "/articles/{slug}/quotes", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Add a quote to an article (editor)", description = "The speaker and topics must exist; the spans must be the article's words.")
    ResponseEntity<QuoteView> create(@PathVariable String slug, @Body QuoteInput input) {
        var quote = quotes.create(slug, input);
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(quote);
    }

    @PatchMapping(path = "/quotes/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a quote with a JSON Merge Patch (editor; If-Match required)",
            description = "The fields of a quote as POST takes them: kind, speaker, source, cue, content, channel, topics.")
    QuoteView patch(@PathVariable long id, @Body Edit<QuoteInput> edit, Precondition precondition) {
        return quotes.update(id, edit, precondition);
    }

    @DeleteMapping("/quotes/{id}")
    @Operation(summary = "Delete a quote (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable long id, Precondition precondition) {
        quotes.delete(id, precondition);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "Quotes: search and filter",
            description = "Filters combine with AND; several speakers with OR. A speaker, article or topic that names nothing gives an empty page.")
    PageOf<QuoteView> list(@Parameter(description = QuoteQuery.SPEAKER) @RequestParam(required = false) @Nullable List<String> speaker,
                           @ParameterObject QuoteQuery query, @ParameterObject ListParams list) {
        return quotes.search(query.filter(speaker, list.updatedSince()), list.pageQuery());
    }

    @GetMapping(path = "/quotes/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One quote")
    QuoteView get(@PathVariable long id) {
        return quotes.get(id);
    }

    @GetMapping(path = "/people/{id}/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "What one person said", description = "404 when no person has this id; takes the filters of /quotes but speaker.")
    PageOf<QuoteView> bySpeaker(@PathVariable String id, @ParameterObject QuoteQuery query, @ParameterObject ListParams list) {
        return quotes.bySpeaker(id, query.filter(null, list.updatedSince()), list.pageQuery());
    }
}
