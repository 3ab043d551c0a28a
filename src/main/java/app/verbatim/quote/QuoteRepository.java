package app.verbatim.quote;

import app.verbatim.article.ArticleRecordRepository;
import org.springframework.data.jpa.repository.EntityGraph;

interface QuoteRepository extends ArticleRecordRepository<Quote> {

    /** Loads each quote with its topics, which go with it. */
    @Override
    @EntityGraph(attributePaths = "topicIds")
    void deleteByArticleId(long articleId);
}
