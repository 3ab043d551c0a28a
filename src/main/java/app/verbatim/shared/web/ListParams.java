package app.verbatim.shared.web;

import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What every list takes besides its own filters: only what changed since an instant, and which
 * page. Bound by {@link QueryRecordResolver}.
 */
public record ListParams(
        @Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @Nullable OffsetDateTime updatedSince,
        @Parameter(description = PageParams.PAGE) @Nullable Integer page,
        @Parameter(description = PageParams.SIZE) @Nullable Integer size) {

    /** The page asked for; 400 naming {@code page} or {@code size} when it makes no sense. */
    public PageQuery pageQuery() {
        return PageQuery.of(page, size);
    }
}
