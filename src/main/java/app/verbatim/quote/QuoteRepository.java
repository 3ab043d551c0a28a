package app.verbatim.quote;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "topicIds")
    List<Quote> findByArticleIdOrderByOrdinal(long articleId);

    @EntityGraph(attributePaths = "topicIds")
    List<Quote> findByIdIn(Collection<Long> ids);

    void deleteByArticleId(long articleId);
}
