package app.verbatim.resolution;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    List<Resolution> findByArticleIdOrderByOrdinal(long articleId);

    @Query("""
            select r from Resolution r where cast(:since as Instant) is null or r.updatedAt >= :since
            order by r.articleId desc, r.ordinal, r.id""")
    Page<Resolution> findAllOrdered(@Nullable Instant since, Pageable pageable);

    void deleteByArticleId(long articleId);

    @Query("select coalesce(max(r.ordinal), -1) + 1 from Resolution r where r.articleId = :articleId")
    int nextOrdinal(long articleId);
}
