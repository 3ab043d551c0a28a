package app.verbatim.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    @Query("select e from AuditEvent e where e.articleSlug = :slug order by e.at desc, e.id desc")
    Page<AuditEvent> findByArticle(String slug, Pageable pageable);
}
