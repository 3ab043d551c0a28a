package app.verbatim.catalog;

import app.verbatim.shared.PageQuery;
import app.verbatim.shared.database.IdPage;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of the catalog, in SQL: a page of one type's ids by name, and the total; the views are loaded by key. */
@Component
record CatalogSearch(JdbcClient jdbc) {

    IdPage byName(EntryType type, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        var params = new MapSqlParameterSource("type", type.name()).addValue("since", updatedSince);
        String from = "from catalog_entry e where e.type = :type and (cast(:since as timestamptz) is null or e.updated_at >= :since)";
        return IdPage.query(jdbc, "e.id", from, "e.name, e.id", params, page);
    }
}
