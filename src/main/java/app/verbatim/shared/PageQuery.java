package app.verbatim.shared;

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
    /** Deep offsets are refused rather than slowly served; a script pages by filters instead. */
    public static final int MAX_PAGE = 10_000;

    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        if (size != null && size < 1) {
            throw new BadParameterException("size", "must be at least 1");
        }
        int s = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        if (p < 0 || p > MAX_PAGE) {
            throw new BadParameterException("page", "must be between 0 and " + MAX_PAGE);
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
