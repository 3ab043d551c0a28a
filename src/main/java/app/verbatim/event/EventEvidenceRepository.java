package app.verbatim.event;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EventEvidenceRepository extends JpaRepository<EventEvidence, Long> {

    List<EventEvidence> findByEventIdInOrderById(Collection<Long> eventIds);

    void deleteByArticleId(long articleId);

    void deleteByEventId(long eventId);
}
