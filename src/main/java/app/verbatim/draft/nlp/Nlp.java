package app.verbatim.draft.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
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

    private volatile @Nullable Models models;
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

    private static void analyzeLine(Tools t, String text, int from, int to, List<Sentence> sentences,
            List<Token> tokens) {
        String line = text.substring(from, to);
        for (Span s : t.sentences.sentPosDetect(line)) {
            int sStart = from + s.getStart();
            int sEnd = from + s.getEnd();
            String sentence = text.substring(sStart, sEnd);
            Span[] spans = t.tokenizer.tokenizePos(sentence);
            if (spans.length == 0) {
                continue;
            }
            String[] words = new String[spans.length];
            for (int i = 0; i < spans.length; i++) {
                words[i] = spans[i].getCoveredText(sentence).toString();
            }
            String[] tags = t.tagger.tag(words);
            String[] lemmas = t.lemmatizer.lemmatize(words, tags);
            int first = tokens.size();
            for (int i = 0; i < spans.length; i++) {
                String lemma = lemmas[i];
                if (lemma == null || lemma.isEmpty() || lemma.equals("O")) {
                    lemma = words[i];
                }
                tokens.add(new Token(sStart + spans[i].getStart(), sStart + spans[i].getEnd(), words[i], tags[i],
                        lemma.toLowerCase(java.util.Locale.ROOT)));
            }
            sentences.add(new Sentence(tokens.get(first).start(), tokens.getLast().end(), first, tokens.size()));
        }
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
