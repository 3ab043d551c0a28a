package app.verbatim.person;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonMentionRepository extends JpaRepository<PersonMention, Long> {

    List<PersonMention> findByArticleIdOrderBySpanStartAscIdAsc(long articleId);

    void deleteByArticleId(long articleId);
}
