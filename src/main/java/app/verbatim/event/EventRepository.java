package app.verbatim.event;

import app.verbatim.article.ArticleRecordRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;

interface EventRepository extends ArticleRecordRepository<Event> {

    @Override
    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByArticleIdOrderByOrdinal(long articleId);

    @Override
    @EntityGraph(attributePaths = "participantIds")
    List<Event> findByIdIn(Collection<Long> ids);
}
