package app.verbatim.person;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PersonRepository extends JpaRepository<Person, Long> {

    @EntityGraph(attributePaths = "aliases")
    Optional<Person> findBySlug(String slug);

    @Query("select max(p.updatedAt) from Person p")
    @Nullable Instant lastUpdate();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Person p where p.slug = :slug")
    Optional<Person> findBySlugForUpdate(String slug);

    @EntityGraph(attributePaths = "aliases")
    List<Person> findByIdIn(Collection<Long> ids);


    /**
     * People whose slug, name or an alias equals the term, ignoring case. A UNION, so each arm
     * uses its own index (an OR with a sub-select scanned every person: docs/benchmarks.md).
     */
    @Query(value = """
            select p.id from person p where p.slug = lower(:term)
            union select p.id from person p where lower(p.name) = lower(:term)
            union select a.person_id from person_alias a where lower(a.alias) = lower(:term)
            """, nativeQuery = true)
    List<Long> findIdsByNameOrAlias(String term);
}
