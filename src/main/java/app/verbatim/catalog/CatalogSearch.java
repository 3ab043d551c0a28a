package app.verbatim.catalog;

import app.verbatim.shared.PageQuery;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of the catalog, in SQL: a page of one type's ids by name, and the total; the views are loaded by key. */
@Component
class CatalogSearch {

    private final JdbcClient jdbc;

    CatalogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(List<Long> ids, long total) {
    }

    Result byName(EntryType type, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        var params = new MapSqlParameterSource("type", type.name()).addValue("since", updatedSince)
                .addValue("limit", page.size()).addValue("offset", page.offset());
        String from = " from catalog_entry e where e.type = :type and (cast(:since as timestamptz) is null or e.updated_at >= :since)";
        long total = jdbc.sql("select count(*)" + from).paramSource(params).query(Long.class).single();
        var ids = total == 0 ? List.<Long>of()
                : jdbc.sql("select e.id" + from + " order by e.name, e.id limit :limit offset :offset").paramSource(params).query(Long.class).list();
        return new Result(ids, total);
    }
}
