package app.verbatim.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One create, update or delete. {@code id} is the record's id as its resource names it (a slug for
 * articles, people and the catalog, a number for quotes, events and resolutions); {@code article}
 * is the slug of the article the record belongs to (an article's own slug for an article).
 * {@code version} is the record's version after the write, or the last one it had for a delete.
 */
public record Change(String cursor, String kind, String id, String action, @Nullable Integer version,
                     OffsetDateTime at, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String article) {
}
