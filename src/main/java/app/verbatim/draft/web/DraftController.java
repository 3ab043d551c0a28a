package app.verbatim.draft.web;

import app.verbatim.draft.BulkDrafts;
import app.verbatim.draft.Draft;
import app.verbatim.draft.DraftRequest;
import app.verbatim.draft.Drafts;
import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/drafts")
@Tag(name = "Drafts", description = "Raw article text in, a draft article document out, to review and import with POST /articles. Nothing is stored.")
record DraftController(Drafts drafts, BulkDrafts bulk) {

    private static final String TEXT = "text/plain";
    private static final String DESCRIPTION = "Answers {document, review}: document is an article document as POST /articles "
            + "imports it (text structure, people, places, organizations, quotes, times, events, every span the text's own), "
            + "review lists what a person should check, each {path, confidence, rule, note}. The same text gives the same "
            + "answer, byte for byte. An empty or blank text is a 422; a text longer than 1 000 000 characters a 413.";

    @PostMapping(consumes = TEXT, produces = Formats.JSON)
    @Operation(summary = "Draft an article from its text (editor)", description = DESCRIPTION
            + " As text/plain, the body is the article as received (UTF-8 unless the charset says otherwise: bytes that are not text "
            + "in it are a 400), and what the text does not say comes as query parameters.")
    @RequestBody(description = "The article as received", content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = "string", example = "Talks in Baku\n\n\"We agreed,\" Aliyev said.")),
            @Content(mediaType = Formats.JSON, schema = @Schema(implementation = DraftRequest.class))})
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(mediaType = Formats.JSON, schema = @Schema(implementation = Draft.class)))
    @ApiResponse(responseCode = "415", description = "A body neither text/plain nor JSON, or a charset Java does not know", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    Draft fromText(HttpEntity<byte[]> text,
                   @Parameter(description = "The headline, when the text's first line is not it") @RequestParam(required = false) @Nullable String headline,
                   @Parameter(description = "Who published the article") @RequestParam(required = false) @Nullable String publisher,
                   @Parameter(description = "Where it was published (http or https)") @RequestParam(required = false) @Nullable String url,
                   @Parameter(description = "BCP 47 tag of the text's language; detected when left out") @RequestParam(required = false) @Nullable String language,
                   @Parameter(description = "The publication date (YYYY-MM-DD), against which the text's times are read")
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate published) {
        return drafts.fromText(text.getBody(), charset(text), new Drafts.Metadata(headline, publisher, url, language, published));
    }

    @PostMapping(consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Draft an article from its text (editor)", description = DESCRIPTION
            + " As JSON, {body, headline?, publisher?, url?, language?, published?}; unknown properties are refused (422).")
    Draft fromJson(@Body JsonNode body) {
        return drafts.fromJson(body);
    }

    @PostMapping(path = "/bulk", consumes = {Formats.NDJSON, Formats.JSON}, produces = Formats.NDJSON)
    @Operation(summary = "Draft many texts from one stream (editor)",
            description = "NDJSON, a text a line: a JSON object as POST /drafts takes it ({body, headline?, …}) or a JSON string "
                    + "(the text alone); or a JSON array of the same. Answers NDJSON, a line per text in input order as it is done: "
                    + "{index, status: 200, document, review}, or {index, status, type, errors} for a line that is not a text "
                    + "(not JSON, not UTF-8, empty, too long), which stops nothing. `jq -c .document` makes of it a stream "
                    + "for POST /articles/import. The stream is capped at verbatim.limits.bulk, a line at verbatim.limits.body.")
    @RequestBody(content = {
            @Content(mediaType = Formats.NDJSON, schema = @Schema(type = "string",
                    example = "{\"body\":\"Talks in Baku\\n\\n\\\"We agreed,\\\" Aliyev said.\",\"published\":\"2017-04-03\"}\n\"Another text\"")),
            @Content(mediaType = Formats.JSON, schema = @Schema(type = "array"))})
    @ApiResponse(responseCode = "200", description = "A line per text", content = @Content(mediaType = Formats.NDJSON,
            schema = @Schema(type = "string", example = "{\"index\":0,\"status\":200,\"document\":{…},\"review\":[…]}\n"
                    + "{\"index\":1,\"status\":422,\"type\":\"urn:verbatim:problem:invalid-document\",\"errors\":[{\"field\":\"body\",\"message\":\"is empty\"}]}")))
    @ApiResponse(responseCode = "415", description = "A body neither NDJSON nor a JSON array", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    void fromStream(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(Formats.NDJSON);
        boolean array = request.getContentType() != null && request.getContentType().startsWith(Formats.JSON);
        bulk.run(request.getInputStream(), array, response.getOutputStream());
    }

    /** The charset the Content-Type names (the mapping's consumes has parsed it), or none. */
    private static @Nullable Charset charset(HttpEntity<?> entity) {
        var type = entity.getHeaders().getContentType();
        return type == null ? null : type.getCharset();
    }

    @ExceptionHandler
    ProblemDetail unreadable(Drafts.UnreadableTextException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemType.INVALID_REQUEST, e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail tooLong(Drafts.TextTooLongException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        return problem;
    }
}
