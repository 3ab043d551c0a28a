package app.verbatim.resolution;

import app.verbatim.shared.PageQuery;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of resolutions, in SQL: a page of ids, newest article first, and the total; the views are loaded by key. */
@Component
class ResolutionSearch {

    private final JdbcClient jdbc;

    ResolutionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(List<Long> ids, long total) {
    }

    Result newestFirst(@Nullable OffsetDateTime updatedSince, PageQuery page) {
        var params = new MapSqlParameterSource("since", updatedSince).addValue("limit", page.size()).addValue("offset", page.offset());
        String from = " from resolution r where (cast(:since as timestamptz) is null or r.updated_at >= :since)";
        long total = jdbc.sql("select count(*)" + from).paramSource(params).query(Long.class).single();
        var ids = total == 0 ? List.<Long>of()
                : jdbc.sql("select r.id" + from + " order by r.article_id desc, r.ordinal, r.id limit :limit offset :offset")
                        .paramSource(params).query(Long.class).list();
        return new Result(ids, total);
    }
}
