package app.verbatim.quote.web;

import app.verbatim.shared.web.Precondition;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import app.verbatim.quote.QuoteInput;
import app.verbatim.quote.QuoteView;
import app.verbatim.quote.Quotes;
import app.verbatim.shared.web.InputReader;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteSort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quotes")
class QuoteController {

    private final Quotes quotes;
    private final InputReader reader;

    QuoteController(Quotes quotes, InputReader reader) {
        this.quotes = quotes;
        this.reader = reader;
    }

    @PostMapping(path = "/articles/{slug}/quotes", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Add a quote to an article (editor)", description = "The speaker and topics must exist; the spans must be the article's words.")
    ResponseEntity<QuoteView> create(@PathVariable String slug, @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = QuoteInput.class))) @RequestBody JsonNode body) {
        var quote = quotes.create(slug, reader.read(body, QuoteInput.class));
        return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.id())).body(quote);
    }

    @PatchMapping(path = "/quotes/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a quote with a JSON Merge Patch (editor; If-Match required)",
            description = "The fields of a quote as POST takes them: kind, speaker, source, cue, content, channel, topics.")
    QuoteView patch(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A JSON Merge Patch (RFC 7396) of these fields",
            content = @Content(mediaType = Formats.MERGE_PATCH,
            schema = @Schema(implementation = QuoteInput.class))) @RequestBody JsonNode patch,
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return quotes.update(id, reader.mergePatch(patch, QuoteInput.class), Precondition.ifMatch(ifMatch));
    }

    @DeleteMapping("/quotes/{id}")
    @Operation(summary = "Delete a quote (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable long id,
                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        quotes.delete(id, Precondition.ifMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    // Plain @RequestParam arguments, not a parameter record: binding a record re-reads its
    // constructor's annotations by reflection on every request (10-16 % of a search's CPU).
    @GetMapping(path = "/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "Quotes: search and filter",
            description = "Filters combine with AND; several speakers with OR. A speaker, article or topic that names nothing gives an empty page.")
    PageOf<QuoteView> list(
            @Parameter(description = "The speaker's id, name or any alias, any case (speaker=aliyev). Repeat for several speakers.")
            @RequestParam(required = false) @Nullable List<String> speaker,
            @Parameter(description = "direct or indirect") @RequestParam(required = false) @Nullable QuoteKind kind,
            @Parameter(description = "The cue's words, any case: stressed, according to") @RequestParam(required = false) @Nullable String cue,
            @Parameter(description = "An article's slug") @RequestParam(required = false) @Nullable String article,
            @Parameter(description = "A topic's id (transit)") @RequestParam(required = false) @Nullable String topic,
            @Parameter(description = "A place's id: quotes whose content mentions it (baku)") @RequestParam(required = false) @Nullable String place,
            @Parameter(description = "An organization's id: quotes whose content mentions it") @RequestParam(required = false) @Nullable String organization,
            @Parameter(description = "Quotes from articles published on or after this day, YYYY-MM-DD")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Quotes from articles published on or before this day, YYYY-MM-DD")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "Full-text query, web-search syntax: railway -oil \"transit of goods\". Adds match.rank and match.snippet.")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Only quotes changed at or after this RFC 3339 instant (encode + as %2B)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
            @Parameter(description = "relevance, newest or oldest. Default: newest; with q, relevance when the query matches at most 1 000 quotes, "
                    + "else newest first with totalRelation gte (the envelope's sort says which). sort=relevance ranks every match, however many.")
            @RequestParam(required = false) @Nullable QuoteSort sort,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        var params = new QuoteParams(speaker, kind, cue, article, topic, place, organization, from, to, q, updatedSince, sort, page, size);
        return quotes.search(params.filter(), params.pageQuery());
    }

    @GetMapping(path = "/quotes/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One quote")
    QuoteView get(@PathVariable long id) {
        return quotes.get(id);
    }

    @GetMapping(path = "/people/{id}/quotes", produces = {Formats.JSON, Formats.JSON_LD, Formats.CSV})
    @Operation(summary = "What one person said", description = "404 when no person has this id; takes the filters of /quotes but speaker.")
    PageOf<QuoteView> bySpeaker(
            @PathVariable String id,
            @Parameter(description = "direct or indirect") @RequestParam(required = false) @Nullable QuoteKind kind,
            @Parameter(description = "The cue's words, any case: stressed, according to") @RequestParam(required = false) @Nullable String cue,
            @Parameter(description = "An article's slug") @RequestParam(required = false) @Nullable String article,
            @Parameter(description = "A topic's id (transit)") @RequestParam(required = false) @Nullable String topic,
            @Parameter(description = "A place's id: quotes whose content mentions it (baku)") @RequestParam(required = false) @Nullable String place,
            @Parameter(description = "An organization's id: quotes whose content mentions it") @RequestParam(required = false) @Nullable String organization,
            @Parameter(description = "Quotes from articles published on or after this day, YYYY-MM-DD")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "Quotes from articles published on or before this day, YYYY-MM-DD")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "Full-text query, web-search syntax: railway -oil \"transit of goods\". Adds match.rank and match.snippet.")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Only quotes changed at or after this RFC 3339 instant (encode + as %2B)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
            @Parameter(description = "relevance, newest or oldest. Default: newest; with q, relevance when the query matches at most 1 000 quotes, "
                    + "else newest first with totalRelation gte (the envelope's sort says which). sort=relevance ranks every match, however many.")
            @RequestParam(required = false) @Nullable QuoteSort sort,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        var params = new QuoteParams(null, kind, cue, article, topic, place, organization, from, to, q, updatedSince, sort, page, size);
        return quotes.bySpeaker(id, params.filter(), params.pageQuery());
    }
}
