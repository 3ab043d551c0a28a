package app.verbatim.audit;

import app.verbatim.shared.Versioned;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Etags;
import app.verbatim.shared.web.Precondition;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every write to one record shares, whatever its kind: it goes ahead only on the state the
 * client read (its {@link Precondition}, checked against the record as it is now, under the
 * caller's lock), an edit that changes nothing writes nothing, and what is written is recorded in
 * the audit trail in the same transaction.
 */
@Service
public class AuditedWrites {

    /** The record written, as the audit trail names it: {@code quote 12 of article baku-talks}. */
    public record Target(String type, Object id, @Nullable String articleSlug) {
    }

    private final Etags etags;
    private final Audit audit;

    AuditedWrites(Etags etags, Audit audit) {
        this.etags = etags;
        this.audit = audit;
    }

    /** Refuses the write unless the precondition names the current state: 428 when none was given, 412 when stale. */
    public void require(Precondition precondition, Versioned current) {
        etags.require(precondition, current);
    }

    /** Records a new record in the audit trail. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void created(Target target, int version, String summary) {
        audit.record(Audit.Action.CREATE, target.type(), target.id(), target.articleSlug(), null, version, summary);
    }

    /** Records a change to a record made otherwise than by {@link #update}, as a replacement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(Target target, int versionBefore, int versionAfter, String summary) {
        audit.record(Audit.Action.UPDATE, target.type(), target.id(), target.articleSlug(), versionBefore, versionAfter, summary);
    }

    /**
     * Edits a record: checks the precondition against {@code current}, applies the edit to the
     * record's {@code fields} and, unless that changes nothing (then {@code current} is the
     * answer: the same version, no audit entry, the same ETag), stores them with {@code write}
     * and records the change.
     *
     * @return the record as it is after the write
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <I, V extends Versioned> V update(Target target, Precondition precondition, V current, I fields, Edit<I> edit,
                                             Function<I, V> write) {
        require(precondition, current);
        var edited = edit.applyTo(fields);
        if (edited.isEmpty()) {
            return current;
        }
        var after = write.apply(edited.get());
        audit.record(Audit.Action.UPDATE, target.type(), target.id(), target.articleSlug(), current.version(), after.version(),
                target.type() + " patched: " + edit.summary());
        return after;
    }

    /** Deletes a record with {@code delete} if the precondition names its {@code current} state, and records that. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(Target target, Precondition precondition, Versioned current, Runnable delete) {
        require(precondition, current);
        delete.run();
        audit.record(Audit.Action.DELETE, target.type(), target.id(), target.articleSlug(), current.version(), null,
                target.type() + " deleted");
    }
}
