package app.verbatim.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParagraphRepository extends JpaRepository<Paragraph, Long> {

    List<Paragraph> findByArticleIdOrderByOrdinal(long articleId);

    void deleteByArticleId(long articleId);
}
