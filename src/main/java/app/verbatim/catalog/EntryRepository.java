package app.verbatim.catalog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<Entry, Long> {

    Optional<Entry> findByTypeAndSlug(EntryType type, String slug);

    @Query("select max(e.updatedAt) from Entry e")
    @Nullable Instant lastUpdate();

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Entry e where e.type = :type and e.slug = :slug")
    Optional<Entry> findByTypeAndSlugForUpdate(EntryType type, String slug);

    List<Entry> findByTypeAndSlugIn(EntryType type, Collection<String> slugs);

}
