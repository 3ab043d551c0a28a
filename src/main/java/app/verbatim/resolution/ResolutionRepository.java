package app.verbatim.resolution;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    List<Resolution> findByArticleIdOrderByOrdinal(long articleId);

    @Query("select r from Resolution r order by r.articleId desc, r.ordinal, r.id")
    Page<Resolution> findAllOrdered(Pageable pageable);

    void deleteByArticleId(long articleId);
}
