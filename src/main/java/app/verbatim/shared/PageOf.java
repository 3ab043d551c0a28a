package app.verbatim.shared;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * The one paging envelope of the API. Pages count from 0; {@code totalElements} lets a script
 * know how far it has to go.
 */
public record PageOf<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

    public static <E, T> PageOf<T> of(Page<E> page, Function<? super E, ? extends T> mapping) {
        return new PageOf<>(page.getContent().stream().<T>map(mapping).toList(),
                page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }

    public static <T> PageOf<T> of(List<T> items, PageQuery query, long total) {
        return new PageOf<>(items, query.page(), query.size(), total,
                (int) ((total + query.size() - 1) / query.size()));
    }
}
