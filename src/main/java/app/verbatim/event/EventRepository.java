package app.verbatim.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByArticleIdOrderByOrdinal(long articleId);

    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByIdIn(Collection<Long> ids);

    /** Earliest first (an open start sorts by its end: "a few days ago" by that day), then in the article's order. */
    @Query("""
            select e from Event e
            where (:kind is null or e.kind = :kind)
              and (:place is null or e.placeId = :place)
              and (cast(:from as LocalDate) is null or e.happens.latest is null or e.happens.latest >= :from)
              and (cast(:to as LocalDate) is null or e.happens.earliest is null or e.happens.earliest <= :to)
            order by coalesce(e.happens.earliest, e.happens.latest) asc nulls last, e.happens.latest asc nulls last, e.articleId, e.ordinal, e.id
            """)
    Page<Event> search(@Nullable String kind, @Nullable Long place, @Nullable LocalDate from, @Nullable LocalDate to,
                       Pageable pageable);

    void deleteByArticleId(long articleId);
}
