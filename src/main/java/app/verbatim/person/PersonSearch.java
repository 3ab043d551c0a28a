package app.verbatim.person;

import app.verbatim.shared.PageQuery;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of people, in SQL: a page of ids in order and the total; the views are loaded by key. */
@Component
class PersonSearch {

    private final JdbcClient jdbc;

    PersonSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(List<Long> ids, long total) {
    }

    /** Everyone, by name. */
    Result byName(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        var params = params(updatedSince, page);
        String from = " from person p where (cast(:since as timestamptz) is null or p.updated_at >= :since)";
        long total = jdbc.sql("select count(*)" + from).paramSource(params).query(Long.class).single();
        var ids = total == 0 ? List.<Long>of()
                : jdbc.sql("select p.id" + from + " order by p.name, p.id limit :limit offset :offset").paramSource(params).query(Long.class).list();
        return new Result(ids, total);
    }

    /**
     * People whose name or an alias is close to {@code name}, best first: trigram word similarity.
     * Runs in the caller's transaction (read-only), which the similarity threshold is set for.
     */
    Result closeTo(String name, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        // The threshold for <% (word_similarity), for this transaction only; 0.6 by default misses "aliev".
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.4', true)").query(String.class).single();
        var params = params(updatedSince, page).addValue("name", name.toLowerCase(Locale.ROOT));
        // Candidates from the two trigram indexes (a UNION, each arm its own index scan), scored after.
        String matches = """
                from (select p.id, p.name, greatest(word_similarity(:name, lower(p.name)),
                          coalesce((select max(word_similarity(:name, lower(a.alias))) from person_alias a where a.person_id = p.id), 0)) as score
                      from person p
                      where p.id in (select p2.id from person p2 where :name <% lower(p2.name)
                                     union select a.person_id from person_alias a where :name <% lower(a.alias))
                        and (cast(:since as timestamptz) is null or p.updated_at >= :since)) m""";
        long total = jdbc.sql("select count(*) " + matches).paramSource(params).query(Long.class).single();
        var ids = jdbc.sql("select m.id " + matches + " order by m.score desc, m.name, m.id limit :limit offset :offset")
                .paramSource(params).query((rs, row) -> rs.getLong(1)).list();
        return new Result(ids, total);
    }

    private static MapSqlParameterSource params(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        return new MapSqlParameterSource("since", updatedSince).addValue("limit", page.size()).addValue("offset", page.offset());
    }
}
