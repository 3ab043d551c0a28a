package app.verbatim.corpus;

import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Cutter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a finished draft into COPY rows: the article, its paragraphs, notes and mentions, its
 * quotes with their topics, its events with their participants and evidence. Every span is cut
 * out of the finished body at the offsets the draft recorded; keys are handed out in row order.
 */
final class Rows {

    private Rows() {
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    /** Ids handed out as rows are written; the generator starts them after the database's own. */
    static final class Keys {
        long article;
        long paragraph;
        long note;
        long personMention;
        long catalogMention;
        long quote;
        long event;
        long evidence;
    }

    /** One batch of articles' rows, one COPY per table. */
    static final class Chunk {
        final Tsv article = new Tsv("article", "id, slug, headline, publisher, url, language, published_earliest, "
                + "published_latest, published_precision, published_span_start, published_span_end, published_span_text, "
                + "published_span_prefix, published_span_suffix, published_stated, published_source, body, content_hash, "
                + "created_at, updated_at, version");
        final Tsv paragraph = new Tsv("paragraph", "id, article_id, ordinal, kind, span_start, span_end, span_text, span_prefix, span_suffix");
        final Tsv note = new Tsv("text_note", "id, article_id, ordinal, kind, span_start, span_end, span_text, span_prefix, span_suffix, note");
        final Tsv personMention = new Tsv("person_mention", "id, article_id, person_id, span_start, span_end, span_text, span_prefix, span_suffix");
        final Tsv catalogMention = new Tsv("catalog_mention", "id, article_id, entry_id, span_start, span_end, span_text, span_prefix, span_suffix");
        final Tsv quote = new Tsv("quote", "id, article_id, ordinal, speaker_id, kind, "
                + "source_start, source_end, source_text, source_prefix, source_suffix, "
                + "cue_start, cue_end, cue_text, cue_prefix, cue_suffix, "
                + "content_start, content_end, content_text, content_prefix, content_suffix, "
                + "channel_name, channel_span_start, channel_span_end, channel_span_text, channel_span_prefix, channel_span_suffix, "
                + "created_at, updated_at, version");
        final Tsv quoteTopic = new Tsv("quote_topic", "quote_id, ordinal, topic_id");
        final Tsv event = new Tsv("event", "id, article_id, ordinal, kind, title, status, happens_earliest, happens_latest, "
                + "happens_precision, happens_span_start, happens_span_end, happens_span_text, happens_span_prefix, happens_span_suffix, "
                + "happens_stated, happens_source, place_id, place_stated, place_source, created_at, updated_at, version");
        final Tsv participant = new Tsv("event_participant", "event_id, ordinal, person_id");
        final Tsv evidence = new Tsv("event_evidence", "id, event_id, article_id, span_start, span_end, span_text, span_prefix, span_suffix");
        int articles;

        /** Parents before children, though the load checks references only once, at the end. */
        List<Tsv> tables() {
            return List.of(article, paragraph, note, personMention, catalogMention, quote, quoteTopic, event, participant, evidence);
        }
    }

    /**
     * Writes the rows of article {@code index}. Draws its creation and update times from the
     * draft's random stream, the last draws made for the article.
     */
    static void write(Draft d, int index, String headline, @Nullable At publishedAt, Keys keys, Chunk out) {
        var r = d.r;
        var date = d.date;
        String text = d.body.toString();
        var cut = new Cutter(text);
        long articleKey = ++keys.article;
        String slug = World.slug(headline.replace("LIVE:", "")) + "-" + (index + 1);
        if (slug.startsWith("-")) {
            slug = slug.substring(1);
        }
        var created = date.atTime(5, 0).plusMinutes(r.nextInt(15 * 60)).atOffset(ZoneOffset.UTC);
        var updated = r.nextInt(10) == 0 ? created.plusHours(1 + r.nextInt(30)) : created;
        String stamp = TIMESTAMP.format(created);
        String updatedStamp = TIMESTAMP.format(updated);

        var a = out.article;
        a.num(articleKey).text(slug).text(headline).text(d.publisher)
                .text(ArticleFactory.URL_PREFIX + date.getYear() + "/" + slug).text("en")
                .text(date.toString()).text(date.toString()).text("DAY");
        if (publishedAt != null) {
            a.span(cut.span(publishedAt)).bool(true).text(null);
        } else {
            a.span(null).bool(false).text("The text does not date itself; the date is the publisher’s.");
        }
        a.text(text).text(sha256(slug + "\n" + text)).text(stamp).text(updatedStamp).num(0);
        a.end();

        for (int i = 0; i < d.paragraphs.size(); i++) {
            var row = d.paragraphs.get(i);
            out.paragraph.num(++keys.paragraph).num(articleKey).num(i).text(row.kind()).span(cut.span(row.at())).end();
        }
        for (int i = 0; i < d.notes.size(); i++) {
            var row = d.notes.get(i);
            out.note.num(++keys.note).num(articleKey).num(i).text(row.kind()).span(cut.span(row.at())).text(row.note()).end();
        }
        for (var m : d.body.mentions) {
            if (m.person()) {
                out.personMention.num(++keys.personMention).num(articleKey).num(m.key()).span(cut.span(m.at())).end();
            } else {
                out.catalogMention.num(++keys.catalogMention).num(articleKey).num(m.key()).span(cut.span(m.at())).end();
            }
        }
        for (int i = 0; i < d.quotes.size(); i++) {
            var q = d.quotes.get(i);
            long quoteKey = ++keys.quote;
            out.quote.num(quoteKey).num(articleKey).num(i).num(q.speaker().key).text(q.direct() ? "DIRECT" : "INDIRECT")
                    .span(cut.span(q.source())).span(cut.span(q.cue())).span(cut.span(q.content()))
                    .text(q.channel()).span(q.channelAt() == null ? null : cut.span(q.channelAt()))
                    .text(stamp).text(updatedStamp).num(0);
            out.quote.end();
            for (int t = 0; t < q.topics().size(); t++) {
                out.quoteTopic.num(quoteKey).num(t).num(q.topics().get(t).key).end();
            }
        }
        for (int i = 0; i < d.events.size(); i++) {
            var e = d.events.get(i);
            long eventKey = ++keys.event;
            var w = e.when();
            out.event.num(eventKey).num(articleKey).num(i).text(e.kind()).text(e.title()).text(e.status())
                    .text(w.earliest() == null ? null : w.earliest().toString())
                    .text(w.latest() == null ? null : w.latest().toString())
                    .text(w.precision()).span(e.whenAt() == null ? null : cut.span(e.whenAt()))
                    .bool(w.stated()).text(w.source())
                    .num(e.place() == null ? null : e.place().key).bool(e.placeStated()).text(e.placeSource())
                    .text(stamp).text(updatedStamp).num(0);
            out.event.end();
            for (int j = 0; j < e.participants().size(); j++) {
                out.participant.num(eventKey).num(j).num(e.participants().get(j).key).end();
            }
            for (var at : e.evidence()) {
                out.evidence.num(++keys.evidence).num(eventKey).num(articleKey).span(cut.span(at)).end();
            }
        }
        out.articles++;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
