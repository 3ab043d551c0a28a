package app.verbatim.quote.web;

import app.verbatim.quote.QuoteFilter;
import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteSort;
import app.verbatim.shared.PageQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The query parameters of the quote collections, as the controller received them. */
record QuoteParams(
        @Nullable List<String> speaker,
        @Nullable QuoteKind kind,
        @Nullable String cue,
        @Nullable String article,
        @Nullable String topic,
        @Nullable String place,
        @Nullable String organization,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String q,
        @Nullable OffsetDateTime updatedSince,
        @Nullable QuoteSort sort,
        @Nullable Integer page,
        @Nullable Integer size) {

    QuoteFilter filter() {
        return new QuoteFilter(speaker == null ? List.of() : speaker.stream().filter(s -> !s.isBlank()).toList(),
                kind, blankToNull(cue), blankToNull(article), blankToNull(topic), blankToNull(place),
                blankToNull(organization), from, to, blankToNull(q), updatedSince, sort);
    }

    PageQuery pageQuery() {
        return PageQuery.of(page, size);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
