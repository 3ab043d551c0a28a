package app.verbatim.audit;

import app.verbatim.security.Tokens;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records writes in the same transaction as the write, so a rolled-back write leaves no entry. */
@Service
public class Audit {

    public enum Action { CREATE, UPDATE, DELETE }

    private final AuditEventRepository events;

    Audit(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Action action, String resourceType, Object resourceId, @Nullable String articleSlug,
                       @Nullable Integer versionBefore, @Nullable Integer versionAfter, String summary) {
        var token = Tokens.current();
        events.save(new AuditEvent(token == null ? null : token.id(), action, resourceType, String.valueOf(resourceId),
                articleSlug, versionBefore, versionAfter, summary));
    }

    @Transactional(readOnly = true)
    public PageOf<AuditEntry> ofArticle(String slug, PageQuery page) {
        return PageOf.of(events.findByArticle(slug, page.pageable(Sort.unsorted())), AuditEntry::from);
    }
}
