package app.verbatim.resolution;

import app.verbatim.article.ArticleRecordRepository;
import java.util.List;

interface ResolutionRepository extends ArticleRecordRepository<Resolution> {

    List<Resolution> findByArticleIdOrderByOrdinal(long articleId);
}
