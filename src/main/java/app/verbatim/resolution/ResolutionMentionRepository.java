package app.verbatim.resolution;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResolutionMentionRepository extends JpaRepository<ResolutionMention, Long> {

    List<ResolutionMention> findByResolutionIdInOrderById(Collection<Long> resolutionIds);

    void deleteByArticleId(long articleId);

    void deleteByResolutionId(long resolutionId);
}
