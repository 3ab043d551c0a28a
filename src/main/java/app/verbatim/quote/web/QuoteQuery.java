package app.verbatim.quote.web;

import app.verbatim.quote.QuoteFilter;
import app.verbatim.quote.QuoteKind;
import app.verbatim.quote.QuoteSort;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the quote collections ({@code /quotes}, {@code /people/{id}/quotes}), bound from
 * the query by {@code shared.web}'s resolver: reflection once per type, not per request.
 */
record QuoteQuery(
        @Parameter(description = "direct or indirect") @Nullable QuoteKind kind,
        @Parameter(description = "The cue's words, any case: stressed, according to") @Nullable String cue,
        @Parameter(description = "An article's slug") @Nullable String article,
        @Parameter(description = "A topic's id (transit)") @Nullable String topic,
        @Parameter(description = "A place's id: quotes whose content mentions it (baku)") @Nullable String place,
        @Parameter(description = "An organization's id: quotes whose content mentions it") @Nullable String organization,
        @Parameter(description = "Quotes from articles published on or after this day, YYYY-MM-DD") @Nullable LocalDate from,
        @Parameter(description = "Quotes from articles published on or before this day, YYYY-MM-DD") @Nullable LocalDate to,
        @Parameter(description = "Full-text query, web-search syntax: railway -oil \"transit of goods\". Adds match.rank and match.snippet.")
        @Nullable String q,
        @Parameter(description = "relevance, newest or oldest. Default: newest; with q, relevance when the query matches at most 1 000 quotes, "
                + "else newest first with totalRelation gte (the envelope's sort says which). sort=relevance ranks every match, however many.")
        @Nullable QuoteSort sort) {

    static final String SPEAKER = "The speaker's id, name or any alias, any case (speaker=aliyev). Repeat for several speakers.";

    QuoteFilter filter(@Nullable List<String> speakers, @Nullable OffsetDateTime updatedSince) {
        return new QuoteFilter(speakers == null ? List.of() : speakers.stream().filter(s -> !s.isBlank()).toList(),
                kind, blankToNull(cue), blankToNull(article), blankToNull(topic), blankToNull(place),
                blankToNull(organization), from, to, blankToNull(q), updatedSince, sort);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
