package app.verbatim.draft.nlp;

import java.util.List;

public record AnalyzedText(String text, List<Sentence> sentences, List<Token> tokens) {
}
