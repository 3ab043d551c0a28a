package app.verbatim.quote.web;

import app.verbatim.quote.QuoteFilter;
import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteSort;
import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The query parameters of the quote collections, bound from the request by name. */
record QuoteParams(
        @Parameter(description = "The speaker's id, name or any alias, any case (speaker=aliyev). Repeat for several speakers.")
        @Nullable List<String> speaker,
        @Parameter(description = "direct or indirect") @Nullable QuoteKind kind,
        @Parameter(description = "The cue's words, any case: stressed, according to") @Nullable String cue,
        @Parameter(description = "An article's slug") @Nullable String article,
        @Parameter(description = "A topic's id (transit)") @Nullable String topic,
        @Parameter(description = "A place's id: quotes whose content mentions it (baku)") @Nullable String place,
        @Parameter(description = "An organization's id: quotes whose content mentions it") @Nullable String organization,
        @Parameter(description = "Quotes from articles published on or after this day, YYYY-MM-DD")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @Parameter(description = "Quotes from articles published on or before this day, YYYY-MM-DD")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Parameter(description = "Full-text query, web-search syntax: railway -oil \"transit of goods\". Adds match.rank and match.snippet.")
        @Nullable String q,
        @Parameter(description = "Only quotes changed at or after this RFC 3339 instant (encode + as %2B)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
        @Parameter(description = "relevance (default with q), newest (default otherwise) or oldest") @Nullable QuoteSort sort,
        @Parameter(description = "Page number, from 0") @Nullable Integer page,
        @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @Nullable Integer size) {

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
