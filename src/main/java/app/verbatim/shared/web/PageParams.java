package app.verbatim.shared.web;

import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/** The paging parameters of a collection without {@code updatedSince}; bound by {@link QueryRecordResolver}. */
public record PageParams(
        @Parameter(description = PageParams.PAGE) @Nullable Integer page,
        @Parameter(description = PageParams.SIZE) @Nullable Integer size) {

    static final String PAGE = "Page number, from 0";
    static final String SIZE = "Page size, 1 to 100 (larger is clamped to 100), default 20";

    /** The page asked for; 400 naming {@code page} or {@code size} when it makes no sense. */
    public PageQuery query() {
        return PageQuery.of(page, size);
    }
}
