package app.verbatim.event;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.PageQuery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of events: filters in SQL, returning a page of ids in order. */
@Component
class EventSearch {

    private final JdbcClient jdbc;

    EventSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Result(List<Long> ids, long total) {
    }

    Result search(EventFilter filter, PageQuery page) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("from", "must not be after 'to'");
        }
        var where = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (filter.kind() != null) {
            where.add("e.kind = :kind");
            params.addValue("kind", filter.kind());
        }
        if (filter.place() != null) {
            where.add("e.place_id = (select id from catalog_entry where type = 'PLACE' and slug = :place)");
            params.addValue("place", filter.place());
        }
        if (filter.status() != null) {
            where.add("e.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.participant() != null) {
            where.add("exists (select 1 from event_participant ep join person p on p.id = ep.person_id"
                    + " where ep.event_id = e.id and p.slug = :participant)");
            params.addValue("participant", filter.participant());
        }
        if (filter.from() != null) {
            where.add("(e.happens_latest is null or e.happens_latest >= :from)");
            params.addValue("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("(e.happens_earliest is null or e.happens_earliest <= :to)");
            params.addValue("to", filter.to());
        }
        if (filter.updatedSince() != null) {
            where.add("e.updated_at >= :updatedSince");
            params.addValue("updatedSince", filter.updatedSince());
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from event e" + condition).paramSource(params).query(Long.class).single();
        if (total == 0 || page.offset() >= total) {
            return new Result(List.of(), total);
        }
        // An open start ("a few days ago") sorts by its end.
        String order = filter.sort() == EventFilter.EventSort.LATEST
                ? "coalesce(e.happens_latest, e.happens_earliest) desc nulls last, e.happens_earliest desc nulls last, e.article_id desc, e.ordinal, e.id"
                : "coalesce(e.happens_earliest, e.happens_latest) asc nulls last, e.happens_latest asc nulls last, e.article_id, e.ordinal, e.id";
        params.addValue("limit", page.size()).addValue("offset", page.offset());
        var ids = jdbc.sql("select e.id from event e" + condition + " order by " + order + " limit :limit offset :offset")
                .paramSource(params).query((rs, row) -> rs.getLong(1)).list();
        return new Result(ids, total);
    }
}
