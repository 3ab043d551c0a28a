package app.verbatim.document;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves every stored span of an article to where its words now stand after the body changed,
 * the way W3C {@code TextQuoteSelector}s are re-anchored: find the exact text, and where it
 * occurs more than once, take the occurrence whose surroundings best match the stored prefix
 * and suffix. A span whose words are gone, or that cannot be told apart, is not guessed at: the
 * edit is refused, naming it.
 *
 * <p>It reads and writes the span columns of every module's tables directly: one pass over one
 * article's spans, in the transaction of the edit, rather than a method in each module.
 */
@Component
class Reanchoring {

    /**
     * Every table and span column that points into an article's body, but the article's own
     * {@code published_span} (which a patch moves itself). A span is five columns,
     * {@code <column>_start, _end, _text, _prefix, _suffix}, in a table with {@code article_id}:
     * {@code ReanchoringColumnsTest} reads the schema by that rule and holds this list to it.
     */
    static final List<SpanColumn> COLUMNS = List.of(
            new SpanColumn("paragraph", "span", "paragraphs"), new SpanColumn("text_note", "span", "notes"),
            new SpanColumn("person_mention", "span", "people mentions"), new SpanColumn("catalog_mention", "span", "catalog mentions"),
            new SpanColumn("quote", "source", "quotes"), new SpanColumn("quote", "cue", "quotes"),
            new SpanColumn("quote", "content", "quotes"), new SpanColumn("quote", "channel_span", "quotes"),
            new SpanColumn("resolution", "demands_span", "resolutions"), new SpanColumn("resolution", "adopted_span", "resolutions"),
            new SpanColumn("resolution_mention", "span", "resolution mentions"), new SpanColumn("event", "happens_span", "events"),
            new SpanColumn("event_evidence", "span", "event evidence"));

    record SpanColumn(String table, String column, String label) {
    }

    private record Stored(SpanColumn where, long id, int start, int end, String text, String prefix, String suffix) {
    }

    private record Moved(Stored span, int start, int end, @Nullable String prefix, @Nullable String suffix) {
    }

    private final JdbcClient jdbc;

    Reanchoring(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Re-anchors the article's spans into {@code body}; the tables in {@code skip} are left
     * alone (their spans come with the edit). Throws nothing: returns what could not be moved.
     */
    List<FieldProblem> reanchor(long articleKey, Anchors body, Set<String> skip) {
        var moved = new ArrayList<Moved>();
        var problems = new ArrayList<FieldProblem>();
        for (var where : COLUMNS) {
            if (skip.contains(where.table())) {
                continue;
            }
            var spans = jdbc.sql("""
                    select id, %1$s_start, %1$s_end, %1$s_text, coalesce(%1$s_prefix, ''), coalesce(%1$s_suffix, '')
                    from %2$s where article_id = :article and %1$s_start is not null""".formatted(where.column(), where.table()))
                    .param("article", articleKey)
                    .query((rs, i) -> new Stored(where, rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6)))
                    .list();
            for (var span : spans) {
                int at = locate(body, span);
                if (at < 0) {
                    problems.add(new FieldProblem("%s/%d.%s".formatted(where.table(), span.id(), where.column()),
                            (at == -1 ? "its words \"%s\" are no longer in the body" : "its words \"%s\" occur more than once and "
                                    + "the surroundings do not tell which is meant").formatted(span.text())));
                    continue;
                }
                int end = at + span.text().codePointCount(0, span.text().length());
                var completed = body.complete(new app.verbatim.shared.TextSpan(at, end, span.text(), null, null));
                moved.add(new Moved(span, at, end, completed.prefix(), completed.suffix()));
            }
        }
        if (problems.isEmpty()) {
            for (var m : moved) {
                jdbc.sql("update %2$s set %1$s_start = :start, %1$s_end = :end, %1$s_prefix = :prefix, %1$s_suffix = :suffix where id = :id"
                                .formatted(m.span().where().column(), m.span().where().table()))
                        .param("start", m.start()).param("end", m.end()).param("prefix", m.prefix()).param("suffix", m.suffix())
                        .param("id", m.span().id())
                        .update();
            }
        }
        return problems;
    }

    /** The code-point offset of the best occurrence; -1 when there is none, -2 when it is ambiguous. */
    static int locate(Anchors body, String text, String prefix, String suffix, int oldStart) {
        if (text.isEmpty()) {
            return -2;
        }
        String haystack = body.body();
        record Candidate(int start, int score, int distance) {
        }
        var candidates = new ArrayList<Candidate>();
        for (int i = haystack.indexOf(text); i >= 0; i = haystack.indexOf(text, i + 1)) {
            int start = haystack.codePointCount(0, i);
            int score = commonSuffix(haystack.substring(0, i), prefix) + commonPrefix(haystack.substring(i + text.length()), suffix);
            candidates.add(new Candidate(start, score, Math.abs(start - oldStart)));
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        if (candidates.size() == 1) {
            return candidates.getFirst().start();
        }
        int top = candidates.stream().mapToInt(Candidate::score).max().orElse(0);
        if (top == 0) {
            return -2; // several occurrences and nothing around any of them as it was
        }
        var best = candidates.stream().filter(c -> c.score() == top).sorted(java.util.Comparator.comparingInt(Candidate::distance)).toList();
        if (best.size() > 1 && best.get(0).distance() == best.get(1).distance()) {
            return -2;
        }
        return best.getFirst().start();
    }

    private static int locate(Anchors body, Stored span) {
        return locate(body, span.text(), span.prefix(), span.suffix(), span.start());
    }

    static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
