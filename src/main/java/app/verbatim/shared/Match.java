package app.verbatim.shared;

/**
 * Why a record matched a full-text query: its rank (higher is better) and a snippet of its
 * content, HTML-escaped, with the matching words in {@code <mark>} elements.
 */
public record Match(double rank, String snippet) {
}
