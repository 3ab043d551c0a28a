package app.verbatim.quote.web;

import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteSort;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The filters of {@code /people/{id}/quotes}: those of {@code /quotes} but the speaker, which the path gives. */
record BySpeakerParams(
        @Parameter(description = "direct or indirect") @Nullable QuoteKind kind,
        @Parameter(description = "The cue's words, any case") @Nullable String cue,
        @Parameter(description = "An article's slug") @Nullable String article,
        @Parameter(description = "A topic's id") @Nullable String topic,
        @Parameter(description = "A place's id: quotes whose content mentions it") @Nullable String place,
        @Parameter(description = "An organization's id: quotes whose content mentions it") @Nullable String organization,
        @Parameter(description = "YYYY-MM-DD") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
        @Parameter(description = "YYYY-MM-DD") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
        @Parameter(description = "Full-text query, web-search syntax") @Nullable String q,
        @Parameter(description = "RFC 3339 instant") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
        @Parameter(description = "relevance, newest or oldest") @Nullable QuoteSort sort,
        @Parameter(description = "Page number, from 0") @Nullable Integer page,
        @Parameter(description = "Page size, 1 to 100, default 20") @Nullable Integer size) {

    QuoteParams quoteParams() {
        return new QuoteParams(null, kind, cue, article, topic, place, organization, from, to, q, updatedSince, sort, page, size);
    }
}
