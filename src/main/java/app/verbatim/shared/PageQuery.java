package app.verbatim.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A requested page: {@code page} from 0, {@code size} at least 1 and clamped to {@value #MAX_SIZE} so no
 * request can ask the database for everything at once.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * How deep offset paging may go ({@code (page + 1) * size}). Deeper pages would cost the
     * database a scan of every row before them; a script that needs more narrows the filters
     * (e.g. {@code updatedSince}, {@code from}/{@code to}) instead. Elasticsearch draws the same line.
     */
    public static final int MAX_WINDOW = 10_000;

    public static PageQuery of(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        if (size != null && size < 1) {
            throw new BadParameterException("size", "must be at least 1");
        }
        int s = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        if (p < 0) {
            throw new BadParameterException("page", "must be 0 or more");
        }
        if (((long) p + 1) * s > MAX_WINDOW) {
            throw new BadParameterException("page", "goes deeper than %d results (page %d of size %d); narrow the filters instead"
                    .formatted(MAX_WINDOW, p, s));
        }
        return new PageQuery(p, s);
    }

    public Pageable pageable(Sort sort) {
        return PageRequest.of(page, size, sort);
    }

    public long offset() {
        return (long) page * size;
    }
}
