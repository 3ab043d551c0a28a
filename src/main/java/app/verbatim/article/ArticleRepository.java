package app.verbatim.article;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findBySlug(String slug);

    /** The article's key and version: all a cached model needs to know it is still current. */
    @Query("select new app.verbatim.article.Articles$Stamp(a.id, a.version) from Article a where a.slug = :slug")
    Optional<Articles.Stamp> findStampBySlug(String slug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.slug = :slug")
    Optional<Article> findBySlugForUpdate(String slug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    Optional<Article> findByIdForUpdate(long id);

    /** Newest first by publication, then by id, so pages never shuffle between requests. */
    List<Article> findByIdIn(Collection<Long> ids);
}
