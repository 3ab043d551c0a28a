package app.verbatim.quote;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "topicIds")
    void deleteByArticleId(long articleId);

    @Query("select coalesce(max(q.ordinal), -1) + 1 from Quote q where q.articleId = :articleId")
    int nextOrdinal(long articleId);
}
