package app.verbatim.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntryRepository extends JpaRepository<Entry, Long> {

    Optional<Entry> findByTypeAndSlug(EntryType type, String slug);

    List<Entry> findByTypeAndSlugIn(EntryType type, Collection<String> slugs);

    @Query("select e from Entry e where e.type = :type order by e.name, e.id")
    Page<Entry> findByType(EntryType type, Pageable pageable);
}
