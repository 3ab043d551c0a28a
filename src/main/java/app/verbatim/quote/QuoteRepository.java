package app.verbatim.quote;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "topicIds")
    List<Quote> findByArticleIdOrderByOrdinal(long articleId);

    @EntityGraph(attributePaths = "topicIds")

    void deleteByArticleId(long articleId);

    @Query("select coalesce(max(q.ordinal), -1) + 1 from Quote q where q.articleId = :articleId")
    int nextOrdinal(long articleId);

    @Query("select count(q) from Quote q where q.speakerId = :speakerId")
    long countBySpeaker(long speakerId);

    @Query(value = "select count(*) from quote_topic where topic_id = :topicId", nativeQuery = true)
    long countByTopic(long topicId);
}
