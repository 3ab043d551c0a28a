package app.verbatim.document;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The rows of one table for one {@code COPY … FROM STDIN} in PostgreSQL's text format: a row a
 * line, columns split by tabs, {@code \N} for null, backslash, tab, newline and carriage return
 * escaped. One statement whatever the number of rows: one round trip, and one firing of each
 * statement-level trigger (the change log's, the change feed's).
 *
 * <p>The rows are kept as UTF-8 chunks of about {@value #CHUNK} characters, each cut at a row's
 * end, and sent chunk by chunk: a batch's article bodies are megabytes, and one string of them
 * (and its copies as it grew) was a "humongous" object to the G1 collector, which started a
 * concurrent cycle for each: 34 in an import of 2 000 articles.
 */
final class CopyRows {

    private final String table;
    private final String columns;
    static final int CHUNK = 32 * 1024;

    private final StringBuilder text = new StringBuilder(CHUNK + 1024);
    private final List<byte[]> chunks = new ArrayList<>();
    private boolean rowStarted;
    private int rows;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows value(@Nullable Object value) {
        separate();
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof Enum<?>) {
            text.append(value instanceof Enum<?> e ? e.name() : value.toString());
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** The five columns of a span ({@code _start, _end, _text, _prefix, _suffix}); all null for none. */
    CopyRows span(@Nullable TextSpan span) {
        if (span == null) {
            return value(null).value(null).value(null).value(null).value(null);
        }
        return value(span.start()).value(span.end()).value(span.text()).value(span.prefix()).value(span.suffix());
    }

    /** The ten columns of a time ({@code _earliest, _latest, _precision}, the span's five, {@code _stated, _source}). */
    CopyRows time(@Nullable TimeRef time) {
        if (time == null) {
            return value(null).value(null).value(null).span(null).value(null).value(null);
        }
        return value(time.earliest()).value(time.latest()).value(time.precision()).span(time.span())
                .value(time.stated()).value(time.source());
    }

    CopyRows end() {
        text.append('\n');
        rowStarted = false;
        rows++;
        if (text.length() >= CHUNK) {
            cut();
        }
        return this;
    }

    int rows() {
        return rows;
    }

    /** Sends the rows, if any, on the transaction's connection. */
    void copy(Connection connection) throws SQLException {
        if (rows == 0) {
            return;
        }
        cut();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
        try {
            for (byte[] chunk : chunks) {
                copy.writeToCopy(chunk, 0, chunk.length);
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** Moves the rows written so far, whole rows only, into a chunk of their own. */
    private void cut() {
        if (!text.isEmpty()) {
            chunks.add(text.toString().getBytes(StandardCharsets.UTF_8));
            text.setLength(0);
        }
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }

    private void escape(String s) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (escaped != null) {
                text.append(s, from, i).append(escaped);
                from = i + 1;
            }
        }
        text.append(s, from, s.length());
    }
}
