package app.verbatim.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntryMentionRepository extends JpaRepository<EntryMention, Long> {

    List<EntryMention> findByArticleIdOrderBySpanStartAscIdAsc(long articleId);

    void deleteByArticleId(long articleId);
}
