package app.verbatim.corpus;

import app.verbatim.corpus.Draft.NoteRow;
import app.verbatim.corpus.Draft.ParagraphRow;
import app.verbatim.corpus.Rows.Chunk;
import app.verbatim.corpus.Rows.Keys;
import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Text;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one article and everything anchored to it as COPY rows. The body is built sentence by
 * sentence and every span is recorded where its words are appended, in code points, so each span
 * is the body's text at its offsets by construction (and cut out of the finished body, not copied).
 * Everything about article {@code n} derives from the seed and {@code n} alone.
 *
 * <p>This class lays out an article (headline, dateline, the shuffled plan of its sentences,
 * paragraph breaks); {@link QuoteSentences}, {@link EventSentences} and {@link Prose} write the
 * sentences, {@link Vocabulary} draws who and what they name, and {@link Rows} turns the finished
 * {@link Draft} into rows.
 */
final class ArticleFactory {

    static final String URL_PREFIX = "https://corpus.verbatim.invalid/";
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3653; // ten years, to 2025-12-31

    private final long seed;
    private final Vocabulary vocabulary;
    private final Prose prose;
    private final QuoteSentences quotes;
    private final EventSentences events;

    ArticleFactory(World world, long seed) {
        this.seed = seed;
        this.vocabulary = new Vocabulary(world);
        this.prose = new Prose(vocabulary);
        this.quotes = new QuoteSentences(prose);
        this.events = new EventSentences(prose);
    }

    static LocalDate dateOf(int index, int articles) {
        return FIRST_DAY.plusDays((long) index * DAYS / articles);
    }

    static SplittableRandom random(long seed, long stream, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + stream * 0xC2B2AE3D27D4EB4FL + index * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    void write(int index, int articleCount, int quoteCount, int eventCount, Keys keys, Chunk out) {
        var r = random(seed, 1, index);
        var date = dateOf(index, articleCount);
        var d = new Draft(r, date, vocabulary);
        var body = d.body;

        // Headline, sometimes repeated as page furniture, as the seed article does.
        var lead = d.cast.getFirst();
        var topic = d.articleTopics.getFirst();
        var headline = prose.headline(d, lead, topic);
        var headlineAt = body.add(headline);
        d.paragraphs.add(new ParagraphRow("HEADING", headlineAt));
        if (r.nextInt(20) == 0) {
            body.add("\n\n");
            var again = body.add(" " + headline.toString());
            d.paragraphs.add(new ParagraphRow("REPEATED_HEADING", again));
            d.notes.add(new NoteRow("REPEATED_HEADLINE", again, "The headline appears twice; the second copy has a leading space."));
        }
        body.add("\n\n");

        // The plan: quotes, events and context sentences, shuffled; every article topic gets a sentence.
        int contexts = d.articleTopics.size() + quoteCount / 4 + r.nextInt(3);
        char[] plan = plan(r, quoteCount, eventCount, contexts);

        // The dateline dates the article in its own words most of the time.
        int paragraphStart = body.at();
        At publishedAt = null;
        if (r.nextInt(10) < 6) {
            body.entry(d.dateline.key, d.dateline.form.toUpperCase(Locale.ROOT));
            body.add(", ");
            publishedAt = body.add(date.getDayOfMonth() + " " + Lexicon.MONTHS.words[date.getMonthValue() - 1] + " " + date.getYear());
            body.add(" (" + d.publisher + ") – ");
        }
        int topicSentence = 0;
        for (int i = 0; i < plan.length; i++) {
            switch (plan[i]) {
                case 'Q' -> quotes.write(d);
                case 'E' -> events.write(d);
                default -> prose.contextSentence(d, topicSentence < d.articleTopics.size() ? d.articleTopics.get(topicSentence++) : null);
            }
            if (i == plan.length - 1 || r.nextInt(100) < 55) {
                d.paragraphs.add(new ParagraphRow("PARAGRAPH", new At(paragraphStart, body.at())));
                if (i < plan.length - 1) {
                    body.add("\n\n");
                    paragraphStart = body.at();
                }
            } else {
                body.add(" ");
            }
        }
        if (r.nextInt(10) < 3) {
            body.add("\n\n");
            var boiler = new Text();
            prose.expand(d, boiler, Lexicon.BOILERPLATE.any(r));
            d.paragraphs.add(new ParagraphRow("BOILERPLATE", body.add(boiler)));
        }

        noteNonBreakingSpace(d);
        Rows.write(d, index, headline.toString(), publishedAt, keys, out);
    }

    /** {@code Q} for a quote, {@code E} for an event, {@code C} for context, in a shuffled order. */
    private static char[] plan(SplittableRandom r, int quoteCount, int eventCount, int contexts) {
        char[] plan = new char[quoteCount + eventCount + contexts];
        int p = 0;
        for (int i = 0; i < quoteCount; i++) {
            plan[p++] = 'Q';
        }
        for (int i = 0; i < eventCount; i++) {
            plan[p++] = 'E';
        }
        for (int i = 0; i < contexts; i++) {
            plan[p++] = 'C';
        }
        for (int i = plan.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            char t = plan[i];
            plan[i] = plan[j];
            plan[j] = t;
        }
        return plan;
    }

    /** Sometimes notes the first number joined to "per cent" by a non-breaking space in the finished text. */
    private static void noteNonBreakingSpace(Draft d) {
        var r = d.r;
        String text = d.body.toString();
        int nbsp = text.indexOf("\u00a0per cent");
        if (nbsp > 0 && r.nextInt(4) == 0) {
            int from = nbsp;
            while (from > 0 && Character.isDigit(text.charAt(from - 1))) {
                from--;
            }
            int start = text.codePointCount(0, from);
            int end = start + text.codePointCount(from, nbsp + "\u00a0per cent".length());
            d.notes.add(new NoteRow("NON_BREAKING_SPACE", new At(start, end),
                    "A non-breaking space (U+00A0) joins the number to “per cent”."));
        }
    }
}
