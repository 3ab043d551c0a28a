package app.verbatim.quote;

/** {@code direct}: the speaker's words in quotation marks; {@code indirect}: reported speech. */
public enum QuoteKind { DIRECT, INDIRECT }
