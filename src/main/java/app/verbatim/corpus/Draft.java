package app.verbatim.corpus;

import app.verbatim.corpus.EventDates.When;
import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One article while it is written: its random stream, date, cast, topics and dateline, the body
 * so far, and the records found in it so far, each at offsets into that body.
 */
final class Draft {

    record QuoteRow(Person speaker, boolean direct, At source, At cue, At content, @Nullable String channel,
                    @Nullable At channelAt, List<Entry> topics) {
    }

    record EventRow(String kind, String title, String status, When when, @Nullable At whenAt,
                    @Nullable Entry place, boolean placeStated, @Nullable String placeSource,
                    List<Person> participants, List<At> evidence) {
    }

    record NoteRow(String kind, At at, String note) {
    }

    record ParagraphRow(String kind, At at) {
    }

    final SplittableRandom r;
    final LocalDate date;
    final Text body = new Text();
    final List<Person> cast;
    final List<Entry> articleTopics;
    final Entry dateline;
    final boolean curly;
    final String publisher;
    /** Whether each cast member has been named in full yet. */
    final boolean[] introduced;
    @Nullable Person lastSpeaker;
    final List<QuoteRow> quotes = new ArrayList<>();
    final List<EventRow> events = new ArrayList<>();
    final List<NoteRow> notes = new ArrayList<>();
    final List<ParagraphRow> paragraphs = new ArrayList<>();

    /** Draws the cast (one to four people), one to three topics, the dateline and the house style. */
    Draft(SplittableRandom r, LocalDate date, Vocabulary vocabulary) {
        this.r = r;
        this.date = date;
        int castSize = 1 + Math.min(r.nextInt(4), vocabulary.peopleCount() - 1);
        this.cast = distinct(castSize, 50, () -> vocabulary.speaker(r));
        this.introduced = new boolean[cast.size()];
        this.articleTopics = distinct(1 + r.nextInt(3), 20, () -> vocabulary.topic(r));
        this.dateline = vocabulary.city(r);
        this.curly = r.nextInt(4) > 0;
        this.publisher = Lexicon.PUBLISHERS.any(r);
    }

    /** Up to {@code count} different draws, in the order drawn, giving up after {@code tries}. */
    private static <T> List<T> distinct(int count, int tries, Supplier<T> draw) {
        var chosen = new ArrayList<T>(count);
        for (int i = 0; chosen.size() < count && i < tries; i++) {
            var x = draw.get();
            if (!chosen.contains(x)) {
                chosen.add(x);
            }
        }
        return chosen;
    }

    String open() {
        return curly ? "“" : "\"";
    }

    String close() {
        return curly ? "”" : "\"";
    }

    /** A cast member named for the first time gets the full form, with the office; later the short one. */
    String mentionForm(Person p) {
        int i = cast.indexOf(p);
        if (i >= 0 && !introduced[i]) {
            introduced[i] = true;
            return p.introduced;
        }
        return i >= 0 ? p.titled : p.introduced;
    }
}
