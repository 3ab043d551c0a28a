package app.verbatim.quote;

import org.jspecify.annotations.Nullable;

/** What a client may filter quotes by; every field is optional and they combine with AND. */
public record QuoteFilter(@Nullable String speaker, @Nullable QuoteKind kind, @Nullable String article) {
}
