package app.verbatim.document;

import app.verbatim.shared.ConflictException;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.web.InputReader;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.PayloadTooLargeException;
import app.verbatim.shared.web.ProblemDocuments;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports many articles from one stream, NDJSON (a document a line) or a JSON array, one
 * document in memory at a time. Each document is imported in its own transaction, and its
 * result (201, 200, 409, 422…) is written as a line of NDJSON as soon as it is known: one
 * document's failure neither rolls back nor hides the others.
 */
@Service
public class BulkImport {

    private final ArticleWrites writes;
    private final InputReader reader;
    private final JsonMapper json;

    private final io.micrometer.core.instrument.MeterRegistry meters;

    BulkImport(ArticleWrites writes, InputReader reader, JsonMapper json, io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.writes = writes;
        this.reader = reader;
        this.json = json;
    }

    public void run(InputStream in, boolean array, OutputStream out) throws IOException {
        int index = 0;
        try {
            if (array) {
                try (var parser = json.createParser(in)) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        write(out, failure(0, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the body is not a JSON array"))));
                        return;
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode node = parser.readValueAsTree();
                        write(out, importOne(index++, node));
                    }
                }
            } else {
                // Strict: a byte that is not UTF-8 stops the stream, where the lenient default would store U+FFFD for it.
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int at = index++;
                    JsonNode node;
                    try {
                        node = json.readTree(line);
                    } catch (JacksonException e) {
                        write(out, failure(at, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "this line is not JSON"))));
                        continue;
                    }
                    write(out, importOne(at, node));
                }
            }
        } catch (PayloadTooLargeException e) {
            write(out, failure(index, HttpStatus.CONTENT_TOO_LARGE, List.of(new FieldProblem("", e.getMessage()))));
        } catch (CharacterCodingException e) {
            write(out, failure(index, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the stream stops being UTF-8 here"))));
        } catch (JacksonException e) {
            write(out, failure(index, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the stream stops being JSON here: " + e.getOriginalMessage()))));
        }
    }

    private Map<String, Object> importOne(int index, JsonNode node) {
        try {
            var doc = reader.read(node, ArticleDocument.class);
            var outcome = writes.create(doc);
            var result = new LinkedHashMap<String, Object>();
            result.put("index", index);
            result.put("slug", doc.slug());
            result.put("status", outcome instanceof DocumentImporter.Created ? 201 : 200);
            result.put("outcome", outcome instanceof DocumentImporter.Created ? "created" : "unchanged");
            result.put("location", "/api/v1/articles/" + doc.slug());
            return result;
        } catch (InvalidDocumentException e) {
            return failure(index, HttpStatus.UNPROCESSABLE_CONTENT, e.problems());
        } catch (ConflictException e) {
            return failure(index, HttpStatus.CONFLICT, List.of(new FieldProblem("slug", e.getMessage())));
        }
    }

    private static Map<String, Object> failure(int index, HttpStatus status, List<FieldProblem> errors) {
        return ProblemDocuments.line(index, status, errors);
    }

    private void write(OutputStream out, Map<String, Object> result) throws IOException {
        // The import's rate: documents done, by outcome (created, unchanged, or the problem's status).
        meters.counter("verbatim.import.documents", "outcome",
                String.valueOf(result.getOrDefault("outcome", result.get("status")))).increment();
        out.write(json.writeValueAsBytes(result));
        out.write('\n');
        out.flush();
    }
}
