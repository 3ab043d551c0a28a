package app.verbatim.quote;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.jspecify.annotations.Nullable;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @EntityGraph(attributePaths = "topicIds")
    List<Quote> findByArticleIdOrderByOrdinal(long articleId);

    /** Newest article first, then in the order the article gives them. */
    @Query("""
            select q from Quote q
            where (:anySpeaker = true or q.speakerId in :speakers)
              and (:kind is null or q.kind = :kind)
              and (:article is null or q.articleId = :article)
            order by q.articleId desc, q.ordinal, q.id
            """)
    Page<Quote> search(boolean anySpeaker, Collection<Long> speakers, @Nullable QuoteKind kind,
                       @Nullable Long article, Pageable pageable);

    @EntityGraph(attributePaths = "topicIds")
    List<Quote> findByIdInOrderByArticleIdDescOrdinalAscIdAsc(Collection<Long> ids);

    void deleteByArticleId(long articleId);
}
