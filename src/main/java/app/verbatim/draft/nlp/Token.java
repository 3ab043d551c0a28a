package app.verbatim.draft.nlp;

public record Token(int start, int end, String text, String pos, String lemma) {
}
