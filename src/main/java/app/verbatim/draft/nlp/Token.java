package app.verbatim.draft.nlp;

/**
 * One token: its characters {@code [start, end)}, its text, its part of speech (Universal
 * Dependencies tags as the UD English EWT model gives them: NOUN, PROPN, VERB, AUX, PRON, ADP, PUNCT…;
 * a contraction is one token with a joined tag, "AUX+PART") and its lemma (lower case; the token itself,
 * lower-cased, when the lemmatizer has none).
 */
public record Token(int start, int end, String text, String pos, String lemma) {
}
