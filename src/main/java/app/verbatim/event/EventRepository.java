package app.verbatim.event;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventRepository extends JpaRepository<Event, Long> {

    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByArticleIdOrderByOrdinal(long articleId);

    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByIdIn(Collection<Long> ids);

    void deleteByArticleId(long articleId);

    @org.springframework.data.jpa.repository.Query("select coalesce(max(e.ordinal), -1) + 1 from Event e where e.articleId = :articleId")
    int nextOrdinal(long articleId);
}
