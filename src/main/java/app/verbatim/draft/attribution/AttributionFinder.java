package app.verbatim.draft.attribution;

import app.verbatim.draft.nlp.AnalyzedText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** TEMPORARY stand-in until draft-core lands. */
public class AttributionFinder {
    private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"”]{20,}?)[\"”]\\s*((?:the |President )?[A-Z][\\w ]*?)\\s+(stressed|said|emphasized|concluded|called on)");
    private static final Pattern QUOTE2 = Pattern.compile("[\"“]([^\"”]{20,}?)[\"”]\\s*the official website (cited) (Aliyev)");

    public List<FoundAttribution> find(AnalyzedText text) {
        var out = new ArrayList<FoundAttribution>();
        var m = QUOTE.matcher(text.text());
        while (m.find()) {
            out.add(new FoundAttribution(FoundAttribution.Kind.DIRECT, List.of(new CharSpan(m.start(1), m.end(1))),
                    new CharSpan(m.start(2), m.end(2)), new CharSpan(m.start(3), m.end(3)), 0.9, "stub", null));
        }
        m = QUOTE2.matcher(text.text());
        while (m.find()) {
            out.add(new FoundAttribution(FoundAttribution.Kind.DIRECT, List.of(new CharSpan(m.start(1), m.end(1))),
                    new CharSpan(m.start(3), m.end(3)), new CharSpan(m.start(2), m.end(2)), 0.9, "stub", null));
        }
        out.sort(java.util.Comparator.comparingInt(a -> a.content().getFirst().start()));
        return out;
    }
}
