package app.verbatim.draft;

import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.PayloadTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drafts many texts from one stream: NDJSON, a line per text (a JSON object as {@code POST
 * /drafts} takes it, or a JSON string, the text alone), or a JSON array of the same. Each text's
 * answer is a line of NDJSON, in input order, written as soon as it and those before it are
 * done: {@code {index, status: 200, document, review}}, or {@code {index, status, type, errors}}
 * for a line that is not a text, which stops nothing. Several texts are drafted at once (one
 * per processor by default), since drafting is work for the CPU and a stream is many texts.
 */
@Service
public class BulkDrafts {

    private static final Logger log = LoggerFactory.getLogger(BulkDrafts.class);

    private final Drafts drafts;
    private final JsonMapper json;
    private final int parallelism;
    private final long lineCap;

    BulkDrafts(Drafts drafts, JsonMapper json,
               @Value("${verbatim.drafts.bulk-parallelism:0}") int parallelism,
               @Value("${verbatim.limits.body:5MB}") DataSize lineCap) {
        this.drafts = drafts;
        this.json = json;
        this.parallelism = parallelism > 0 ? parallelism : Runtime.getRuntime().availableProcessors();
        this.lineCap = lineCap.toBytes();
    }

    /** NDJSON in when {@code array} is false, a JSON array when true; NDJSON out. */
    public void run(InputStream in, boolean array, OutputStream out) throws IOException {
        var pending = new ArrayDeque<Future<byte[]>>();
        int index = 0;
        // Platform threads, as many as drafts may run at once: drafting is CPU work, and a window of
        // that size keeps every core busy while the answers still leave in input order.
        try (ExecutorService workers = Executors.newFixedThreadPool(parallelism, Thread.ofPlatform().name("bulk-draft-", 0).daemon().factory())) {
            try {
                if (array) {
                    try (var parser = json.createParser(in)) {
                        if (parser.nextToken() != JsonToken.START_ARRAY) {
                            write(out, failure(0, 400, "invalid-request", "", "the body is not a JSON array"));
                            return;
                        }
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            JsonNode node = parser.readValueAsTree();
                            int at = index++;
                            submit(workers, pending, out, () -> draftOne(at, node));
                        }
                    }
                } else {
                    var lines = new Lines(in, lineCap);
                    for (Lines.Line line = lines.next(); line != null; line = lines.next()) {
                        if (line.blank()) {
                            continue;
                        }
                        int at = index++;
                        var current = line;
                        submit(workers, pending, out, () -> fromLine(at, current));
                    }
                }
            } catch (PayloadTooLargeException e) {
                drain(pending, out);
                write(out, failure(index, 413, "payload-too-large", "", e.getMessage()));
            } catch (JacksonException e) {
                drain(pending, out);
                write(out, failure(index, 400, "invalid-request", "", "the stream stops being JSON here: " + e.getOriginalMessage()));
            } finally {
                drain(pending, out);
            }
        }
    }

    private void submit(ExecutorService workers, ArrayDeque<Future<byte[]>> pending, OutputStream out,
                        Supplier<Map<String, Object>> task) throws IOException {
        pending.add(workers.submit(() -> line(task.get())));
        while (!pending.isEmpty() && (pending.size() > parallelism || pending.peek().isDone())) {
            write(out, result(pending.poll()));
        }
    }

    private void drain(ArrayDeque<Future<byte[]>> pending, OutputStream out) throws IOException {
        while (!pending.isEmpty()) {
            write(out, result(pending.poll()));
        }
    }

    private static byte[] result(Future<byte[]> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drafting", e);
        } catch (ExecutionException e) {
            // draftOne answers every foreseeable failure itself; this is serialization failing.
            throw new IOException("a draft could not be written", e.getCause());
        }
    }

    private Map<String, Object> fromLine(int index, Lines.Line line) {
        if (line.tooLong()) {
            return failure(index, 413, "payload-too-large", "", "this line is longer than a text may be (%d bytes)".formatted(lineCap));
        }
        String text;
        try {
            text = Drafts.decode(line.bytes(), StandardCharsets.UTF_8);
        } catch (Drafts.UnreadableTextException e) {
            return failure(index, 400, "invalid-request", "", "this line is not UTF-8");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            return failure(index, 400, "invalid-request", "", "this line is not JSON");
        }
        return draftOne(index, node);
    }

    private Map<String, Object> draftOne(int index, JsonNode node) {
        try {
            Draft draft;
            if (node.isString()) {
                draft = drafts.draft(new DraftRequest(node.asString(), null, null, null, null, null));
            } else if (node.isObject()) {
                draft = drafts.fromJson(node);
            } else {
                return failure(index, 422, "invalid-document", "", "a text is a JSON object {body, headline?, …} or a JSON string");
            }
            var result = new LinkedHashMap<String, Object>();
            result.put("index", index);
            result.put("status", 200);
            result.put("document", draft.document());
            result.put("review", draft.review());
            return result;
        } catch (InvalidDocumentException e) {
            var result = failure(index, 422, "invalid-document", "", "");
            result.put("errors", e.problems());
            return result;
        } catch (Drafts.TextTooLongException e) {
            return failure(index, 413, "payload-too-large", "body", e.getMessage());
        } catch (RuntimeException e) {
            // A fault of ours on one text must not take the others down with it.
            log.error("Drafting text {} of a bulk stream failed", index, e);
            return failure(index, 500, "internal", "", "the server failed to draft this text");
        }
    }

    private static LinkedHashMap<String, Object> failure(int index, int status, String type, String field, String message) {
        // type names the status's problem type, for the reader; the line's type comes from the status.
        return new LinkedHashMap<>(app.verbatim.shared.web.ProblemDocuments.line(index,
                org.springframework.http.HttpStatus.valueOf(status), List.of(new FieldProblem(field, message))));
    }

    private byte[] line(Map<String, Object> result) {
        return json.writeValueAsBytes(result);
    }

    private void write(OutputStream out, Map<String, Object> result) throws IOException {
        write(out, line(result));
    }

    private static void write(OutputStream out, byte[] line) throws IOException {
        out.write(line);
        out.write('\n');
        out.flush();
    }

    /**
     * Lines as bytes, split at LF (which no UTF-8 sequence contains), so a line that is not
     * UTF-8 is one bad line and not the end of the stream; a line past the cap is skipped to its
     * end and reported, never held whole.
     */
    static final class Lines {

        record Line(byte[] bytes, boolean tooLong) {
            boolean blank() {
                if (tooLong) {
                    return false;
                }
                for (byte b : bytes) {
                    if (b != ' ' && b != '\t' && b != '\r') {
                        return false;
                    }
                }
                return true;
            }
        }

        private final InputStream in;
        private final long cap;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private boolean ended;

        Lines(InputStream in, long cap) {
            this.in = in;
            this.cap = cap;
        }

        @Nullable Line next() throws IOException {
            var line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    if (ended || !fill()) {
                        return any ? new Line(line.toByteArray(), tooLong) : null;
                    }
                }
                any = true;
                int from = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                if (!tooLong) {
                    line.write(buffer, from, position - from);
                    if (line.size() > cap) {
                        tooLong = true;
                        line = new ByteArrayOutputStream();
                    }
                }
                if (position < limit) {
                    position++; // the LF
                    return new Line(line.toByteArray(), tooLong);
                }
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            if (n <= 0) {
                ended = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        }
    }
}
