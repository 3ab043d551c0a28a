package app.verbatim.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TextNoteRepository extends JpaRepository<TextNote, Long> {

    List<TextNote> findByArticleIdOrderByOrdinal(long articleId);

    void deleteByArticleId(long articleId);
}
