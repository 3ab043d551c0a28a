package app.verbatim.resolution;

import app.verbatim.article.ArticleRecordRepository;

interface ResolutionRepository extends ArticleRecordRepository<Resolution> {
}
