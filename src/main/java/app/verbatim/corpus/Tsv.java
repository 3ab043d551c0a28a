package app.verbatim.corpus;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Rows in PostgreSQL's COPY text format, for one table: tab-separated, {@code \N} for null. */
final class Tsv {

    final String table;
    final String columns;
    private final StringBuilder out = new StringBuilder(1 << 16);
    private boolean first = true;
    int rows;

    Tsv(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    String copySql() {
        return "COPY " + table + " (" + columns + ") FROM STDIN";
    }

    private StringBuilder sep() {
        if (!first) {
            out.append('\t');
        }
        first = false;
        return out;
    }

    Tsv text(@Nullable String value) {
        if (value == null) {
            sep().append("\\N");
            return this;
        }
        var sb = sep();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return this;
    }

    Tsv num(long value) {
        sep().append(value);
        return this;
    }

    /** A number or an id that may be missing ({@code \\N}). */
    Tsv num(@Nullable Number value) {
        if (value == null) {
            sep().append("\\N");
        } else {
            sep().append(value);
        }
        return this;
    }

    Tsv bool(boolean value) {
        sep().append(value ? 't' : 'f');
        return this;
    }

    /** A span's five columns: start, end, text, prefix, suffix (all null for no span). */
    Tsv span(Spans.@Nullable Span span) {
        if (span == null) {
            return text(null).text(null).text(null).text(null).text(null);
        }
        return num(span.start()).num(span.end()).text(span.text()).text(span.prefix()).text(span.suffix());
    }

    void end() {
        out.append('\n');
        first = true;
        rows++;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
