package app.verbatim.document.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.article.ArticleSummary;
import app.verbatim.article.Articles;
import app.verbatim.audit.Audit;
import app.verbatim.audit.AuditEntry;
import app.verbatim.document.ArticleDocument;
import app.verbatim.document.ArticleJson;
import app.verbatim.document.ArticleModel;
import app.verbatim.document.ArticleModels;
import app.verbatim.document.ArticleWrites;
import app.verbatim.document.BulkImport;
import app.verbatim.document.DocumentImporter;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import app.verbatim.shared.web.PageParams;
import app.verbatim.shared.PageOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/articles")
@Tag(name = "Articles")
record ArticleController(Articles articles, ArticleModels models, ArticleWrites writes, BulkImport bulk, Audit audit,
                         ArticleJson articleJson) {

    @GetMapping(produces = Formats.JSON)
    @Operation(summary = "Articles, newest first", description = "Summaries without the text; follow the slug for the whole model.")
    PageOf<ArticleSummary> list(@ParameterObject ArticleQuery query, @ParameterObject ListParams list) {
        return articles.list(query.text(), list.updatedSince(), query.sort(), list.pageQuery());
    }

    @GetMapping(path = "/{slug}", produces = Formats.JSON)
    @Operation(summary = "The whole article model",
            description = "Body, paragraphs, notes, people, places, organizations, topics, quotes, resolutions and events, each with its spans into the body.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = Formats.JSON, schema = @Schema(implementation = ArticleModel.class)))
    ResponseEntity<byte[]> get(@PathVariable String slug) {
        // Served from bytes kept while the model is current; 304 on a matching If-None-Match.
        var json = articleJson.of(slug);
        return ResponseEntity.ok().eTag(json.etag()).contentType(MediaType.APPLICATION_JSON).body(json.body());
    }

    @GetMapping(path = "/{slug}", produces = {Formats.JSON_LD, Formats.NINJS})
    @Operation(summary = "The whole article model as schema.org JSON-LD or IPTC ninjs")
    ArticleModel getAs(@PathVariable String slug) {
        return models.model(slug);
    }

    @PostMapping(consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Import an article document (editor)",
            description = "201 with Location for a new article; 200 when the same document is already stored; 409 when another one holds the slug.")
    ResponseEntity<ArticleModel> create(@Body ArticleDocument document) {
        var outcome = writes.create(document);
        var location = URI.create("/api/v1/articles/" + document.slug());
        var model = models.model(document.slug());
        return outcome instanceof DocumentImporter.Created
                ? ResponseEntity.created(location).body(model)
                : ResponseEntity.ok().header(HttpHeaders.CONTENT_LOCATION, location.toString()).body(model);
    }

    @PutMapping(path = "/{slug}", consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Replace an article and all its records (editor; If-Match required)")
    ArticleModel replace(@PathVariable String slug, @Body ArticleDocument document, Precondition precondition) {
        return writes.replace(slug, document, precondition);
    }

    @PatchMapping(path = "/{slug}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit an article's own fields with a JSON Merge Patch (editor; If-Match required)",
            description = "headline, publisher, url, language, published, body, paragraphs, notes. A body edit moves every span "
                    + "to where its words now are, or is refused naming each record it would break.")
    ArticleModel patch(@PathVariable String slug,
                       @Body(description = "A JSON Merge Patch (RFC 7396) of the article document's own fields") Edit<ArticleDocument> edit,
                       Precondition precondition) {
        return writes.update(slug, edit, precondition);
    }

    @DeleteMapping("/{slug}")
    @Operation(summary = "Delete an article and its records (admin; If-Match required)")
    ResponseEntity<Void> delete(@PathVariable String slug, Precondition precondition) {
        writes.delete(slug, precondition);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{slug}/history", produces = Formats.JSON)
    @Operation(summary = "Every write to the article and its records, newest first")
    PageOf<AuditEntry> history(@PathVariable String slug, @ParameterObject PageParams page) {
        return audit.ofArticle(slug, page.query());
    }

    @PostMapping(path = "/import", consumes = {Formats.NDJSON, Formats.JSON}, produces = Formats.NDJSON)
    @Operation(summary = "Import many article documents from one stream (editor)",
            description = "NDJSON (a document a line) or a JSON array, read one document at a time. Answers NDJSON, a line per "
                    + "document as it is done: {index, slug, status, outcome|type, location|errors}. Documents are stored in batches of up to "
                    + "100 a transaction; each is checked and answered on its own, and one the database refuses is imported again "
                    + "alone, so one document's failure neither rolls back nor hides the others.")
    void importMany(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType(Formats.NDJSON);
        boolean array = request.getContentType() != null && request.getContentType().startsWith(Formats.JSON);
        bulk.run(request.getInputStream(), array, response.getOutputStream());
    }
}
