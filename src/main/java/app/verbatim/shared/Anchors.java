package app.verbatim.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks spans against the text they claim to quote. Offsets count code points, not UTF-16
 * units, so a client in any language (and PostgreSQL's {@code substr}) agrees on them.
 */
public final class Anchors {

    public static final int CONTEXT = 32;

    private final String body;
    /** The body's code points; null when every one is a single UTF-16 unit, so that offsets are the string's own. */
    private final int @Nullable [] codePoints;
    private final int length;

    public Anchors(String body) {
        this.body = body;
        this.length = body.codePointCount(0, body.length());
        this.codePoints = length == body.length() ? null : body.codePoints().toArray();
    }

    public int length() {
        return length;
    }

    public String slice(int start, int end) {
        return codePoints == null ? body.substring(start, end) : new String(codePoints, start, end - start);
    }

    /**
     * The span with its prefix and suffix filled from the body, or the reasons it does not
     * fit: offsets out of range, text that differs from the body, or a given prefix/suffix
     * that differs from the body's context.
     */
    public Checked check(String field, @Nullable TextSpan span) {
        if (span == null) {
            return new Checked(null, List.of());
        }
        var problems = new ArrayList<FieldProblem>();
        int start = span.start();
        int end = span.end();
        if (start < 0 || end < start || end > length) {
            problems.add(new FieldProblem(field, "[%d, %d) is not inside the body, which has %d code points"
                    .formatted(start, end, length)));
            return new Checked(null, problems);
        }
        String actual = slice(start, end);
        if (!actual.equals(span.text())) {
            problems.add(new FieldProblem(field + ".text", "the body holds \"%s\" at [%d, %d), not \"%s\""
                    .formatted(actual, start, end, span.text())));
        }
        String prefix = slice(Math.max(0, start - CONTEXT), start);
        String suffix = slice(end, Math.min(length, end + CONTEXT));
        if (span.prefix() != null && !prefix.endsWith(span.prefix())) {
            problems.add(new FieldProblem(field + ".prefix", "the body does not hold this prefix before the span"));
        }
        if (span.suffix() != null && !suffix.startsWith(span.suffix())) {
            problems.add(new FieldProblem(field + ".suffix", "the body does not hold this suffix after the span"));
        }
        return new Checked(problems.isEmpty() ? new TextSpan(start, end, actual, prefix, suffix) : null, problems);
    }

    /** The span with its prefix and suffix taken from the body; for spans already checked. */
    public TextSpan complete(TextSpan span) {
        var checked = check("span", span);
        if (!checked.problems().isEmpty()) {
            throw new IllegalStateException("an unchecked span reached storage: " + checked.problems());
        }
        return checked.span();
    }

    public @Nullable TimeRef complete(@Nullable TimeRef time) {
        if (time == null || time.span() == null) {
            return time;
        }
        return new TimeRef(time.earliest(), time.latest(), time.precision(), complete(time.span()), time.stated(),
                time.source());
    }

    public String body() {
        return body;
    }

    public record Checked(@Nullable TextSpan span, List<FieldProblem> problems) {

        public TextSpan span() {
            return Objects.requireNonNull(span, "an unchecked or failed span");
        }

        public @Nullable TextSpan spanOrNull() {
            return span;
        }
    }
}
