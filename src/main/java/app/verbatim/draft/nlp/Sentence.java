package app.verbatim.draft.nlp;

public record Sentence(int start, int end, int firstToken, int endToken) {
}
