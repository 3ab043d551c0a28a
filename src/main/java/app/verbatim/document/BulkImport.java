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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.database.DatabaseFault;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports many articles from one stream, NDJSON (a document a line) or a JSON array, a batch of
 * documents in memory at a time. Each document is read and checked on its own (every field,
 * every span against its body, every reference); the documents that pass are stored together,
 * up to {@value #BATCH_DOCUMENTS} in one transaction ({@link BatchWriter}), and each document's
 * result (201, 200, 409, 422…) is written as a line of NDJSON once its batch is done. A batch
 * ends early when the client has sent nothing more yet, so a slow stream is answered document
 * by document as before. A document the checks refuse never reaches a batch; a batch the
 * database refuses (a slug or a person written meanwhile by someone else) is rolled back and its
 * documents imported again one by one, each in its own transaction: one document's failure
 * neither rolls back nor hides the others.
 */
@Service
public class BulkImport {

    /** The most documents stored in one transaction. */
    static final int BATCH_DOCUMENTS = 100;
    /** The most JSON (UTF-16 units) held for one batch; a batch of long articles ends sooner. */
    static final long BATCH_CHARS = 8_000_000;
    /** The NDJSON reader's buffer, in characters. */
    private static final int LINE_BUFFER = 1 << 16;

    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

    private final ArticleWrites writes;
    private final DocumentImporter importer;
    private final BatchWriter batches;
    private final InputReader reader;
    private final JsonMapper json;
    private final MeterRegistry meters;

    BulkImport(ArticleWrites writes, DocumentImporter importer, BatchWriter batches, InputReader reader, JsonMapper json,
               MeterRegistry meters) {
        this.writes = writes;
        this.importer = importer;
        this.batches = batches;
        this.reader = reader;
        this.json = json;
        this.meters = meters;
    }

    /** A document read: either its result already (it failed to parse or its checks), or checked and waiting for its batch. */
    private sealed interface Item {
    }

    private record Done(Map<String, Object> line) implements Item {
    }

    private record Ready(int index, BatchWriter.Checked checked) implements Item {
    }

    public void run(InputStream in, boolean array, OutputStream out) throws IOException {
        // One thread checks the documents, in the order they come, while the batch before is stored. It keeps ahead of
        // the database (checking is about a third of the time storing takes) and leaves it the other core: with a thread
        // a document, the checks of a batch took both cores at once from the database storing the one before
        // (bench/import.sh: 10.0 -> 8.0 s for 2 000 documents, the COPYs 7.9 -> 6.4 s).
        try (var checks = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("bulk-import-check").factory())) {
            read(in, array, out, new Batch(out, checks));
        }
    }

    private void read(InputStream in, boolean array, OutputStream out, Batch batch) throws IOException {
        int index = 0;
        Map<String, Object> stop = null;
        try {
            if (array) {
                try (var parser = json.createParser(in)) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        write(out, failure(0, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the body is not a JSON array"))));
                        return;
                    }
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode node = parser.readValueAsTree();
                        int at = index++;
                        batch.add(() -> prepare(at, node), node.path("body").asString("").length());
                        if (in.available() <= 0) {
                            batch.finish();
                        } else if (batch.full()) {
                            batch.start();
                        }
                    }
                }
            } else {
                // Strict: a byte that is not UTF-8 stops the stream, where the lenient default would store U+FFFD for it.
                // A buffer that holds a whole ordinary document (20 K characters): a longer line is pieced together in a growing
                // builder, as the default 8 K buffer did for every article (about 0.3 MB of copies a document).
                var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), LINE_BUFFER);
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    int at = index++;
                    String text = line;
                    batch.add(() -> parseAndPrepare(at, text), text.length());
                    // Nothing more to read without waiting: answer what was read before waiting for more.
                    if (!lines.ready()) {
                        batch.finish();
                    } else if (batch.full()) {
                        batch.start();
                    }
                }
            }
        } catch (PayloadTooLargeException e) {
            stop = failure(index, HttpStatus.CONTENT_TOO_LARGE, List.of(new FieldProblem("", e.getMessage())));
        } catch (CharacterCodingException e) {
            stop = failure(index, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the stream stops being UTF-8 here")));
        } catch (JacksonException e) {
            stop = failure(index, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "the stream stops being JSON here: " + e.getOriginalMessage())));
        }
        // The documents read before the stream stopped are whole: they are stored, then the reason it stopped is said.
        batch.finish();
        if (stop != null) {
            write(out, stop);
        }
    }

    private Item parseAndPrepare(int index, String line) {
        ArticleDocument doc;
        try {
            doc = reader.read(line, ArticleDocument.class);
        } catch (JacksonException e) {
            // Not JSON, or past the parser's limits (nesting, lengths): binding problems came back as InvalidDocumentException.
            return new Done(failure(index, HttpStatus.BAD_REQUEST, List.of(new FieldProblem("", "this line is not JSON"))));
        } catch (InvalidDocumentException e) {
            return new Done(failure(index, HttpStatus.UNPROCESSABLE_CONTENT, e.problems()));
        }
        return check(index, doc);
    }

    /** Reads and checks one document, as {@code POST /articles} would, without storing it. */
    private Item prepare(int index, JsonNode node) {
        try {
            return check(index, reader.read(node, ArticleDocument.class));
        } catch (InvalidDocumentException e) {
            return new Done(failure(index, HttpStatus.UNPROCESSABLE_CONTENT, e.problems()));
        }
    }

    /** Checks a document read, its fields valid, as {@code POST /articles} would, without storing it. */
    private Item check(int index, ArticleDocument doc) {
        var problems = importer.checkValidated(doc);
        if (!problems.isEmpty()) {
            return new Done(failure(index, HttpStatus.UNPROCESSABLE_CONTENT, problems));
        }
        var anchors = new Anchors(doc.body());
        return new Ready(index, new BatchWriter.Checked(doc, importer.hash(doc, anchors), anchors));
    }

    /**
     * The documents read since the last batch was started, in the order they came, and the batch
     * being stored meanwhile: while the database stores one batch, the next is read and checked.
     * Batches are stored one after the other (each one's outcomes depend on what the one before
     * stored), and their lines are written in the order the documents came.
     */
    private final class Batch {

        private final OutputStream out;
        private final ExecutorService checks;
        /** The documents read since the last batch started, each read and checked in turn on the checking thread. */
        private final List<Future<Item>> read = new ArrayList<>();
        private long chars;
        private @Nullable List<Item> storing;
        private @Nullable Future<List<DocumentImporter.Outcome>> stored;

        Batch(OutputStream out, ExecutorService checks) {
            this.out = out;
            this.checks = checks;
        }

        /** Reads and checks a document ({@code prepare}) while the next is read; {@code chars}, its size. */
        void add(Callable<Item> prepare, long size) {
            read.add(checks.submit(prepare));
            chars += size;
        }

        boolean full() {
            return read.size() >= BATCH_DOCUMENTS || chars >= BATCH_CHARS;
        }

        /**
         * Waits for the documents read since the last batch to be checked, answers the batch being
         * stored, then starts storing these without waiting for them.
         */
        void start() throws IOException {
            var batch = new ArrayList<Item>(read.size());
            for (var document : read) {
                batch.add(await(document));
            }
            read.clear();
            chars = 0;
            answer();
            if (batch.isEmpty()) {
                return;
            }
            var checked = batch.stream().filter(Ready.class::isInstance).map(i -> ((Ready) i).checked()).toList();
            storing = batch;
            if (checked.isEmpty()) {
                return;
            }
            // On a thread of its own, as the request's caller: the audit trail names the token, the log the request.
            var caller = SecurityContextHolder.getContext();
            var logContext = MDC.getCopyOfContextMap();
            var task = new FutureTask<>(DelegatingSecurityContextCallable.create(() -> {
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                try {
                    return batches.write(checked);
                } finally {
                    MDC.clear();
                }
            }, caller));
            stored = task;
            Thread.ofVirtual().name("bulk-import-batch").start(task);
        }

        /** Stores whatever is read and answers every document read so far. */
        void finish() throws IOException {
            start();
            answer();
        }

        /** Waits for the batch being stored and writes a line for each of its documents. */
        private void answer() throws IOException {
            var batch = storing;
            if (batch == null) {
                return;
            }
            List<DocumentImporter.Outcome> outcomes = null;
            if (stored != null) {
                try {
                    outcomes = await(stored);
                } catch (DataAccessException | TransactionException e) {
                    log.info("A batch of {} documents was refused ({}); importing them one by one", batch.size(), e.getMessage());
                }
            }
            storing = null;
            stored = null;
            int next = 0;
            for (var item : batch) {
                switch (item) {
                    case Done done -> write(out, done.line());
                    case Ready r -> write(out, outcomes != null ? line(r.index(), outcomes.get(next++)) : importOne(r));
                }
            }
        }
    }

    /** What a task of this import's returned, or what it threw. */
    private static <T> T await(Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while importing");
        }
    }

    /** One document in a transaction of its own, as {@code POST /articles} imports it. */
    private Map<String, Object> importOne(Ready r) {
        var doc = r.checked().doc();
        try {
            return line(r.index(), writes.create(doc));
        } catch (InvalidDocumentException e) {
            return failure(r.index(), HttpStatus.UNPROCESSABLE_CONTENT, e.problems());
        } catch (ConflictException e) {
            return failure(r.index(), HttpStatus.CONFLICT, List.of(new FieldProblem("slug", e.getMessage())));
        } catch (RuntimeException e) {
            // A constraint only the database knows (or a write made meanwhile): a 409, as POST /articles answers it.
            if (DatabaseFault.isConstraintViolation(e)) {
                return failure(r.index(), HttpStatus.CONFLICT, List.of(new FieldProblem("", "The write conflicts with a record as it is now.")));
            }
            throw e;
        }
    }

    private static Map<String, Object> line(int index, DocumentImporter.Outcome outcome) {
        if (outcome instanceof DocumentImporter.Conflict) {
            return failure(index, HttpStatus.CONFLICT, List.of(new FieldProblem("slug", ArticleWrites.slugTaken(outcome.slug()))));
        }
        boolean created = outcome instanceof DocumentImporter.Created;
        var result = new LinkedHashMap<String, Object>();
        result.put("index", index);
        result.put("slug", outcome.slug());
        result.put("status", created ? 201 : 200);
        result.put("outcome", created ? "created" : "unchanged");
        result.put("location", "/api/v1/articles/" + outcome.slug());
        return result;
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
