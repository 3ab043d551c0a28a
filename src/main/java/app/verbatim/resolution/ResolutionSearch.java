package app.verbatim.resolution;

import app.verbatim.shared.PageQuery;
import app.verbatim.shared.database.IdPage;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of resolutions, in SQL: a page of ids, newest article first, and the total; the views are loaded by key. */
@Component
record ResolutionSearch(JdbcClient jdbc) {

    IdPage newestFirst(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        String from = "from resolution r where (cast(:since as timestamptz) is null or r.updated_at >= :since)";
        return IdPage.query(jdbc, "r.id", from, "r.article_id desc, r.ordinal, r.id", new MapSqlParameterSource("since", updatedSince), page);
    }
}
