package app.verbatim.person;

import app.verbatim.shared.PageQuery;
import app.verbatim.shared.database.IdPage;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of people, in SQL: a page of ids in order and the total; the views are loaded by key. */
@Component
record PersonSearch(JdbcClient jdbc) {

    /** Everyone, by name. */
    IdPage byName(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        String from = "from person p where (cast(:since as timestamptz) is null or p.updated_at >= :since)";
        return IdPage.query(jdbc, "p.id", from, "p.name, p.id", new MapSqlParameterSource("since", updatedSince), page);
    }

    /**
     * People whose name or an alias is close to {@code name}, best first: trigram word similarity.
     * Runs in the caller's transaction (read-only), which the similarity threshold is set for.
     */
    IdPage closeTo(String name, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        // The threshold for <% (word_similarity), for this transaction only; 0.6 by default misses "aliev".
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', '0.4', true)").query(String.class).single();
        var params = new MapSqlParameterSource("since", updatedSince).addValue("name", name.toLowerCase(Locale.ROOT));
        // Candidates from the two trigram indexes (a UNION, each arm its own index scan), scored after.
        String matches = """
                from (select p.id, p.name, greatest(word_similarity(:name, lower(p.name)),
                          coalesce((select max(word_similarity(:name, lower(a.alias))) from person_alias a where a.person_id = p.id), 0)) as score
                      from person p
                      where p.id in (select p2.id from person p2 where :name <% lower(p2.name)
                                     union select a.person_id from person_alias a where :name <% lower(a.alias))
                        and (cast(:since as timestamptz) is null or p.updated_at >= :since)) m""";
        return IdPage.query(jdbc, "m.id", matches, "m.score desc, m.name, m.id", params, page);
    }
}
