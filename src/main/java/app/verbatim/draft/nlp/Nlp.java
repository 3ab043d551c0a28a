package app.verbatim.draft.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** TEMPORARY stand-in until draft-core lands: regex sentences and tokens, no tags. */
public class Nlp {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|\\S");

    public AnalyzedText analyze(String text) {
        var tokens = new ArrayList<Token>();
        var m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group(), "X", m.group().toLowerCase()));
        }
        var sentences = new ArrayList<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            var t = tokens.get(i);
            boolean end = t.text().matches("[.!?]") && (i + 1 == tokens.size() || !tokens.get(i + 1).text().matches("[\"”’»]"))
                    || t.text().matches("[\"”»]") && i > 0 && tokens.get(i - 1).text().matches("[.!?]");
            boolean para = i + 1 < tokens.size() && text.substring(t.end(), tokens.get(i + 1).start()).contains("\n\n");
            if (end || para || i + 1 == tokens.size()) {
                sentences.add(new Sentence(tokens.get(first).start(), t.end(), first, i + 1));
                first = i + 1;
            }
        }
        return new AnalyzedText(text, List.copyOf(sentences), List.copyOf(tokens));
    }
}
