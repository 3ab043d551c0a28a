package app.verbatim.draft.nlp;

/**
 * One sentence: its characters {@code [start, end)} and its tokens
 * {@code [firstToken, endToken)} as indexes into {@link AnalyzedText#tokens()}.
 */
public record Sentence(int start, int end, int firstToken, int endToken) {
}
