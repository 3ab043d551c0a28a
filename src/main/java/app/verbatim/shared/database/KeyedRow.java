package app.verbatim.shared.database;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored row with a key from its table's own sequence. Each entity names that sequence with an
 * unnamed {@code @SequenceGenerator} on its class ({@code article_id_seq}, stepping by 50: see
 * V6__batched_keys.sql), which the key's generator defaults to.
 */
@MappedSuperclass
public abstract class KeyedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    protected @Nullable Long id;

    /** True until the row is saved (it has no key yet). */
    public boolean isNew() {
        return id == null;
    }

    /** The key, which a row has from the moment it is saved. */
    public long key() {
        return Objects.requireNonNull(id, () -> "a " + getClass().getSimpleName() + " that is not saved has no key");
    }
}
