package app.verbatim.quote;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a client may ask of the quotes; every field is optional and they combine with AND
 * (several {@code speakers} combine with OR).
 *
 * @param speakers     ids, names or aliases, any case
 * @param cue          the cue's words, any case ("stressed", "according to")
 * @param article      an article's slug
 * @param topic        a topic's id
 * @param place        a place's id: quotes whose content mentions it
 * @param organization an organization's id: quotes whose content mentions it
 * @param from         keeps quotes from articles published on or after this day
 * @param to           keeps quotes from articles published on or before this day
 * @param q            full-text query in web-search syntax: {@code railway -oil "transit of goods"}
 * @param updatedSince keeps quotes changed at or after this instant
 */
public record QuoteFilter(List<String> speakers, @Nullable QuoteKind kind, @Nullable String cue,
                          @Nullable String article, @Nullable String topic, @Nullable String place,
                          @Nullable String organization, @Nullable LocalDate from, @Nullable LocalDate to,
                          @Nullable String q, @Nullable OffsetDateTime updatedSince, @Nullable QuoteSort sort) {
}
