package app.verbatim.document;

import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * The rows of one table for one {@code COPY … FROM STDIN} in PostgreSQL's text format: a row a
 * line, columns split by tabs, {@code \N} for null, backslash, tab, newline and carriage return
 * escaped. One statement whatever the number of rows: one round trip, and one firing of each
 * statement-level trigger (the change log's, the change feed's).
 */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder(8192);
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
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " could not read its own rows", e);
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
