package app.verbatim.shared.web;

import java.util.List;
import java.util.Optional;

/**
 * A client's change to the fields of a record, made without knowing their current values in the
 * service's terms: applied to the record's current fields inside the write's transaction, it
 * gives the fields to store. {@link MergePatch} is the one kind the API takes.
 *
 * @param <T> the record's input, as a client would send it whole
 */
public interface Edit<T> {

    /**
     * The fields after the edit, or empty when it changes none of them (a write that changes
     * nothing writes nothing). Fields that are not a valid {@code T} (an unknown property, a wrong
     * type, a failed constraint) are an {@link app.verbatim.shared.InvalidDocumentException}.
     */
    Optional<T> applyTo(T current);

    /** The top-level fields the edit sets or removes, in the client's order. */
    List<String> fields();

    /** Whether the edit sets or removes this top-level field. */
    default boolean touches(String field) {
        return fields().contains(field);
    }

    /** The edit as the client sent it, for the audit trail. */
    String summary();
}
