package app.verbatim.draft.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.jspecify.annotations.Nullable;

/**
 * Sentences, tokens, parts of speech and lemmas for English text, from Apache OpenNLP's UD English
 * EWT models (the {@code opennlp-models-*-en} jars on the class path).
 *
 * <p>The models (about 2 MB, under a second to read) load on first use, once, whichever thread
 * gets there first; {@link #warmUp()} loads them ahead of time. The models are shared; OpenNLP's
 * taggers keep per-call state, so each thread gets its own.
 */
public final class Nlp {

    private static final String MODEL_PREFIX = "opennlp-en-ud-ewt-";

    private static final int LEMMA_CACHE = 200_000;
    /** Titles and abbreviations that end in a full stop inside a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Cpl",
            "Maj", "Adm", "Brig", "Cmdr", "St", "Jr", "Sr", "Prof", "Rev", "Hon", "Pres", "Atty", "Supt", "Insp",
            "Mt", "Ft", "Gens", "Messrs", "Mme", "Mlle", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
            "No", "vs", "Rt", "Fr", "Sec", "Amb", "Dept", "Gov't");

    private volatile @Nullable Models models;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(models()));

    /** Loads the models now unless they are loaded already; safe to call from any thread. */
    public void warmUp() {
        tools.get();
    }

    /** Whether the models are loaded (a first {@link #analyze} will not wait for them). */
    public boolean isReady() {
        return models != null;
    }

    /**
     * Splits the text into sentences and tokens and tags them. A line break always ends a
     * sentence: headlines, paragraphs and furniture are never joined.
     */
    public AnalyzedText analyze(String text) {
        Tools t = tools.get();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                analyzeLine(t, text, lineStart, lineEnd, sentences, tokens);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, sentences, tokens);
    }

    private void analyzeLine(Tools t, String text, int from, int to, List<Sentence> sentences,
            List<Token> tokens) {
        String line = text.substring(from, to);
        for (int[] s : sentenceSpans(t, line)) {
            int sStart = from + s[0];
            String sentence = text.substring(sStart, from + s[1]);
            List<int[]> spans = tokenSpans(t, sentence);
            if (spans.isEmpty()) {
                continue;
            }
            String[] words = new String[spans.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
            }
            String[] tags = t.tagger.tag(words);
            int first = tokens.size();
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(sStart + spans.get(i)[0], sStart + spans.get(i)[1], words[i], tags[i],
                        lemma(t, words[i], tags[i])));
            }
            sentences.add(new Sentence(tokens.get(first).start(), tokens.getLast().end(), first, tokens.size()));
        }
    }

    /**
     * The model's sentences, joined again where it ended one after a title or an initial
     * ("Sen. Sanders", "George W. Bush"): news text has many, and the model splits there.
     */
    private static List<int[]> sentenceSpans(Tools t, String line) {
        List<int[]> out = new ArrayList<>();
        for (Span s : t.sentences.sentPosDetect(line)) {
            if (!out.isEmpty() && endsWithAbbreviation(line, out.getLast()[1])) {
                out.getLast()[1] = s.getEnd();
            } else {
                out.add(new int[] {s.getStart(), s.getEnd()});
            }
        }
        return out;
    }

    /**
     * The model's tokens, with two repairs: a quotation mark is always a token of its own (the
     * model glues {@code .”} together), and a title's or initial's full stop stays with it
     * ("Sen.", "W.").
     */
    private static List<int[]> tokenSpans(Tools t, String sentence) {
        List<int[]> out = new ArrayList<>();
        for (Span sp : t.tokenizer.tokenizePos(sentence)) {
            int s = sp.getStart();
            int e = sp.getEnd();
            List<int[]> tail = new ArrayList<>();
            while (e - s > 1) {
                if (e - s > 2 && sentence.startsWith("''", s)) {
                    out.add(new int[] {s, s + 2});
                    s += 2;
                } else if (isQuoteMark(sentence.charAt(s))) {
                    out.add(new int[] {s, s + 1});
                    s++;
                } else {
                    break;
                }
            }
            while (e - s > 1) {
                if (e - s > 2 && sentence.startsWith("''", e - 2)) {
                    tail.addFirst(new int[] {e - 2, e});
                    e -= 2;
                } else if (isQuoteMark(sentence.charAt(e - 1))) {
                    tail.addFirst(new int[] {e - 1, e});
                    e--;
                } else {
                    break;
                }
            }
            if (sentence.substring(s, e).equals(".") && !out.isEmpty() && out.getLast()[1] == s
                    && isAbbreviation(sentence.substring(out.getLast()[0], s))) {
                out.getLast()[1] = e;
            } else {
                out.add(new int[] {s, e});
            }
            out.addAll(tail);
        }
        return out;
    }

    private static boolean isQuoteMark(char c) {
        return "\"“”„«»‘’‹›".indexOf(c) >= 0;
    }

    private static boolean endsWithAbbreviation(String line, int end) {
        int e = end;
        if (e < 1 || line.charAt(e - 1) != '.') {
            return false;
        }
        int s = e - 1;
        while (s > 0 && Character.isLetter(line.charAt(s - 1))) {
            s--;
        }
        return isAbbreviation(line.substring(s, e - 1));
    }

    private static boolean isAbbreviation(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || ABBREVIATIONS.contains(word);
    }

    /**
     * The lemma of one word with its tag. The lemmatizer sees the word alone, not its sentence, so
     * the lemma depends on nothing else and can be remembered: news vocabulary repeats, and the
     * lemmatizer is otherwise three quarters of the time spent here (40 of 52 ms for a
     * 900-word article).
     */
    private String lemma(Tools t, String word, String tag) {
        String key = word + '\u0000' + tag;
        String lemma = lemmas.get(key);
        if (lemma == null) {
            String l = t.lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
            if (l == null || l.isEmpty() || l.equals("O")) {
                l = word;
            }
            lemma = l.toLowerCase(Locale.ROOT);
            if (lemmas.size() < LEMMA_CACHE) {
                lemmas.put(key, lemma);
            }
        }
        return lemma;
    }

    private Models models() {
        Models m = models;
        if (m == null) {
            synchronized (this) {
                m = models;
                if (m == null) {
                    m = Models.load();
                    models = m;
                }
            }
        }
        return m;
    }

    private record Models(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

        static Models load() {
            try {
                return new Models(new SentenceModel(open("sentence")), new TokenizerModel(open("tokens")),
                        new POSModel(open("pos")), new LemmatizerModel(open("lemmas")));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the OpenNLP models", e);
            }
        }

        /**
         * Each model jar names its file in its own {@code model.properties}; reading the name there
         * rather than writing it here keeps a model upgrade to a version bump in the pom.
         */
        private static InputStream open(String kind) throws IOException {
            ClassLoader loader = Nlp.class.getClassLoader();
            Enumeration<URL> all = loader.getResources("model.properties");
            while (all.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = all.nextElement().openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (name.startsWith(MODEL_PREFIX + kind + "-")) {
                    InputStream model = loader.getResourceAsStream(name);
                    if (model != null) {
                        return model;
                    }
                }
            }
            throw new IOException("No OpenNLP English " + kind + " model (" + MODEL_PREFIX + kind
                    + "-*.bin) on the class path");
        }
    }

    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokenizer;
        final POSTaggerME tagger;
        final LemmatizerME lemmatizer;

        Tools(Models m) {
            sentences = new SentenceDetectorME(m.sentences());
            tokenizer = new TokenizerME(m.tokens());
            tagger = new POSTaggerME(m.pos());
            lemmatizer = new LemmatizerME(m.lemmas());
        }
    }
}
