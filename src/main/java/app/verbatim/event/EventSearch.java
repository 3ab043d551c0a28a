package app.verbatim.event;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.database.Conditions;
import app.verbatim.shared.database.IdPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The query side of events: filters in SQL, returning a page of ids in order. */
@Component
record EventSearch(JdbcClient jdbc) {

    IdPage search(EventFilter filter, PageQuery page) {
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new BadParameterException("from", "must not be after 'to'");
        }
        var where = new Conditions()
                .and("e.kind = :kind", "kind", filter.kind())
                .and("e.place_id = (select id from catalog_entry where type = 'PLACE' and slug = :place)", "place", filter.place())
                .and("e.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .and("exists (select 1 from event_participant ep join person p on p.id = ep.person_id"
                        + " where ep.event_id = e.id and p.slug = :participant)", "participant", filter.participant())
                .and("(e.happens_latest is null or e.happens_latest >= :from)", "from", filter.from())
                .and("(e.happens_earliest is null or e.happens_earliest <= :to)", "to", filter.to())
                .and("e.updated_at >= :updatedSince", "updatedSince", filter.updatedSince());
        // An open start ("a few days ago") sorts by its end.
        String order = filter.sort() == EventFilter.EventSort.LATEST
                ? "coalesce(e.happens_latest, e.happens_earliest) desc nulls last, e.happens_earliest desc nulls last, e.article_id desc, e.ordinal, e.id"
                : "coalesce(e.happens_earliest, e.happens_latest) asc nulls last, e.happens_latest asc nulls last, e.article_id, e.ordinal, e.id";
        return IdPage.query(jdbc, "e.id", "from event e" + where.where(), order, where.params(), page);
    }
}
