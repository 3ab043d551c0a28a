package app.verbatim.shared.database;

import app.verbatim.shared.PageQuery;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of a list or search: its ids in order, found in SQL, and how many match in all. The
 * views are loaded by key ({@link #load}).
 */
public record IdPage(List<Long> ids, long total) {

    /**
     * Counts the rows {@code from} gives (a FROM clause and its WHERE, whose parameters are in
     * {@code params}), then reads the page's {@code id}s in {@code order}; none when the page is
     * past the last match.
     */
    public static IdPage query(JdbcClient jdbc, String id, String from, String order, MapSqlParameterSource params, PageQuery page) {
        long total = jdbc.sql("select count(*) " + from).paramSource(params).query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new IdPage(List.of(), total);
        }
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        var ids = jdbc.sql("select " + id + " " + from + " order by " + order + " limit :limit offset :offset")
                .paramSource(params).query((rs, row) -> rs.getLong(1)).list();
        return new IdPage(ids, total);
    }

    /** The page's rows, loaded by key ({@code byKeys}, in any order; not asked for an empty page), in the page's order. */
    public <T> List<T> load(Function<List<Long>, ? extends Collection<T>> byKeys, Function<T, Long> key) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, T> byKey = byKeys.apply(ids).stream().collect(Collectors.toMap(key, Function.identity()));
        return ids.stream().map(byKey::get).toList();
    }
}
