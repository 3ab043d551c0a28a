package app.verbatim.article;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/** What every kind of article record's repository answers. */
@NoRepositoryBean
public interface ArticleRecordRepository<R extends ArticleRecordRow> extends JpaRepository<R, Long> {

    /** The ordinal a new record of the article takes: after its last. */
    @Query("select coalesce(max(r.ordinal), -1) + 1 from #{#entityName} r where r.articleId = :articleId")
    int nextOrdinal(long articleId);

    List<R> findByIdIn(Collection<Long> ids);

    List<R> findByArticleIdOrderByOrdinal(long articleId);

    void deleteByArticleId(long articleId);
}
