package app.verbatim.quote;

/**
 * The orders quotes come in. {@code relevance} (the default with {@code q}) ranks by how well
 * the content matches; {@code newest} (the default otherwise) and {@code oldest} go by the
 * article's publication date. Within one article, quotes keep the article's order.
 */
public enum QuoteSort { RELEVANCE, NEWEST, OLDEST }
