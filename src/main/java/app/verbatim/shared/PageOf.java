package app.verbatim.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/**
 * The one paging envelope of the API. Pages count from 0; {@code totalElements} lets a script
 * know how far it has to go.
 *
 * <p>Two fields appear only where they apply. {@code totalRelation} is {@code "gte"} when
 * {@code totalElements} is a lower bound, not a count: a broad full-text query is not counted to
 * the end (see {@code QuoteSearch}); there is then no {@code last} link, and {@code next} is
 * given while pages come back full. {@code sort} says which order a search applied when the
 * client left it to the service.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalElements, int totalPages,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String totalRelation,
                        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String sort) {

    /** {@code totalRelation} when {@code totalElements} is a lower bound. */
    public static final String AT_LEAST = "gte";

    public static <E, T> PageOf<T> of(Page<E> page, Function<? super E, ? extends T> mapping) {
        return new PageOf<>(page.getContent().stream().<T>map(mapping).toList(),
                page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages(), null, null);
    }

    public static <T> PageOf<T> of(List<T> items, PageQuery query, long total) {
        return new PageOf<>(items, query.page(), query.size(), total, pages(total, query), null, null);
    }

    /** A page of a result that has at least {@code total} items, in the given order. */
    public static <T> PageOf<T> atLeast(List<T> items, PageQuery query, long total, String sort) {
        return new PageOf<>(items, query.page(), query.size(), total, pages(total, query), AT_LEAST, sort);
    }

    /** The same page, saying which order was applied. */
    public PageOf<T> sortedBy(String order) {
        return new PageOf<>(items, page, size, totalElements, totalPages, totalRelation, order);
    }

    /** Whether {@code totalElements} is a lower bound rather than a count. */
    public boolean totalIsLowerBound() {
        return AT_LEAST.equals(totalRelation);
    }

    private static int pages(long total, PageQuery query) {
        return (int) ((total + query.size() - 1) / query.size());
    }
}
