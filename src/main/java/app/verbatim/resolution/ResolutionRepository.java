package app.verbatim.resolution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    List<Resolution> findByArticleIdOrderByOrdinal(long articleId);

    void deleteByArticleId(long articleId);

    @Query("select coalesce(max(r.ordinal), -1) + 1 from Resolution r where r.articleId = :articleId")
    int nextOrdinal(long articleId);
}
