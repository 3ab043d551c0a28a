package app.verbatim.corpus;

import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Span;
import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes one article and everything anchored to it as COPY rows. The body is built sentence by
 * sentence and every span is recorded where its words are appended, in code points, so each span
 * is the body's text at its offsets by construction (and cut out of the finished body, not copied).
 * Everything about article {@code n} derives from the seed and {@code n} alone.
 */
final class ArticleFactory {

    static final String URL_PREFIX = "https://corpus.verbatim.invalid/";
    static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
    static final int DAYS = 3653; // ten years, to 2025-12-31

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

    private final World world;
    private final long seed;
    private final Zipf speakers;
    private final Zipf topics;
    private final Zipf cities;
    private final Zipf countries;
    private final Zipf bodies;
    private final Zipf companies;
    private final Zipf objects;
    private final Zipf projects;

    ArticleFactory(World world, long seed) {
        this.world = world;
        this.seed = seed;
        this.speakers = new Zipf(world.people.size(), 1.0);
        this.topics = new Zipf(world.topics.size(), 0.9);
        this.cities = new Zipf(world.cities.size(), 0.8);
        this.countries = new Zipf(world.countries.size(), 0.8);
        this.bodies = new Zipf(world.bodies.size(), 0.8);
        this.companies = new Zipf(world.companies.size(), 0.8);
        this.objects = new Zipf(Lexicon.OBJECTS.length, 0.7);
        this.projects = new Zipf(world.projects.length, 1.0);
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

    // ---------------------------------------------------------------------------------------
    // One article

    /** What the sentences of one article share while it is written. */
    private final class Draft {
        final SplittableRandom r;
        final LocalDate date;
        final Text body = new Text();
        final List<Person> cast;
        final List<Entry> articleTopics;
        final Entry dateline;
        final boolean curly;
        final String publisher;
        final boolean[] introduced;
        @Nullable Person lastSpeaker;
        final List<QuoteRow> quotes = new ArrayList<>();
        final List<EventRow> events = new ArrayList<>();
        final List<NoteRow> notes = new ArrayList<>();
        final List<ParagraphRow> paragraphs = new ArrayList<>();

        Draft(SplittableRandom r, LocalDate date) {
            this.r = r;
            this.date = date;
            int castSize = 1 + Math.min(r.nextInt(4), world.people.size() - 1);
            var chosen = new ArrayList<Person>(castSize);
            for (int tries = 0; chosen.size() < castSize && tries < 50; tries++) {
                var p = world.people.get(speakers.sample(r));
                if (!chosen.contains(p)) {
                    chosen.add(p);
                }
            }
            this.cast = chosen;
            this.introduced = new boolean[chosen.size()];
            int topicCount = 1 + r.nextInt(3);
            var ts = new ArrayList<Entry>(topicCount);
            for (int tries = 0; ts.size() < topicCount && tries < 20; tries++) {
                var t = world.topics.get(topics.sample(r));
                if (!ts.contains(t)) {
                    ts.add(t);
                }
            }
            this.articleTopics = ts;
            this.dateline = world.cities.get(cities.sample(r));
            this.curly = r.nextInt(4) > 0;
            this.publisher = Lexicon.PUBLISHERS[r.nextInt(Lexicon.PUBLISHERS.length)];
        }

        String open() {
            return curly ? "“" : "\"";
        }

        String close() {
            return curly ? "”" : "\"";
        }
    }

    private record QuoteRow(Person speaker, boolean direct, At source, At cue, At content, @Nullable String channel,
                            @Nullable At channelAt, List<Entry> topics) {
    }

    private record EventRow(String kind, String title, String status, When when, @Nullable At whenAt,
                            @Nullable Entry place, boolean placeStated, @Nullable String placeSource,
                            List<Person> participants, List<At> evidence) {
    }

    private record NoteRow(String kind, At at, String note) {
    }

    private record ParagraphRow(String kind, At at) {
    }

    /** When an event happens, as the text puts it; {@code lead} comes before the span ("on "). */
    private record When(String lead, String text, @Nullable LocalDate earliest, @Nullable LocalDate latest,
                        String precision, boolean stated, @Nullable String source) {
    }

    void write(int index, int articleCount, int quoteCount, int eventCount, Keys keys, Chunk out) {
        var r = random(seed, 1, index);
        var date = dateOf(index, articleCount);
        var d = new Draft(r, date);
        var body = d.body;

        // Headline, sometimes repeated as page furniture, as the seed article does.
        var lead = d.cast.getFirst();
        var topic = d.articleTopics.getFirst();
        var headline = headline(d, lead, topic);
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

        // The dateline dates the article in its own words most of the time.
        int paragraphStart = body.at();
        At publishedAt = null;
        if (r.nextInt(10) < 6) {
            body.entry(d.dateline.key, d.dateline.form.toUpperCase(Locale.ROOT));
            body.add(", ");
            publishedAt = body.add(date.getDayOfMonth() + " " + Lexicon.MONTHS[date.getMonthValue() - 1] + " " + date.getYear());
            body.add(" (" + d.publisher + ") – ");
        }
        int topicSentence = 0;
        for (int i = 0; i < plan.length; i++) {
            switch (plan[i]) {
                case 'Q' -> quoteSentence(d);
                case 'E' -> eventSentence(d);
                default -> contextSentence(d, topicSentence < d.articleTopics.size() ? d.articleTopics.get(topicSentence++) : null);
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
            expand(d, boiler, Lexicon.BOILERPLATE[r.nextInt(Lexicon.BOILERPLATE.length)]);
            d.paragraphs.add(new ParagraphRow("BOILERPLATE", body.add(boiler)));
        }

        // Rows. Spans are cut from the finished body.
        String text = body.toString();
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
        var cut = new Spans.Cutter(text);
        long articleKey = ++keys.article;
        String slug = World.slug(headline.toString().replace("LIVE:", "")) + "-" + (index + 1);
        if (slug.startsWith("-")) {
            slug = slug.substring(1);
        }
        var created = date.atTime(5, 0).plusMinutes(r.nextInt(15 * 60)).atOffset(ZoneOffset.UTC);
        var updated = r.nextInt(10) == 0 ? created.plusHours(1 + r.nextInt(30)) : created;
        String stamp = TIMESTAMP.format(created);
        String updatedStamp = TIMESTAMP.format(updated);

        var a = out.article;
        a.num(articleKey).text(slug).text(headline.toString()).text(d.publisher)
                .text(URL_PREFIX + date.getYear() + "/" + slug).text("en")
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
        for (var m : body.mentions) {
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
                    .id(e.place() == null ? null : e.place().key).bool(e.placeStated()).text(e.placeSource())
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

    private Text headline(Draft d, Person lead, Entry topic) {
        var r = d.r;
        var h = new Text();
        String verb = Lexicon.HEADLINE_VERBS[r.nextInt(Lexicon.HEADLINE_VERBS.length)];
        String about = topic.form.startsWith("the ") ? topic.form.substring(4) : topic.form;
        switch (r.nextInt(20)) {
            case 0 -> {
                h.add("🔴 LIVE: ");
                h.person(lead.key, lead.last);
                h.add(" " + verb + " " + about);
            }
            case 1, 2, 3, 4 -> {
                var country = world.countries.get(countries.sample(r));
                h.entry(country.key, capitalize(country.form));
                h.add(": ");
                h.person(lead.key, lead.titled);
                h.add(" " + verb + " " + about);
            }
            case 5, 6, 7 -> {
                h.entry(d.dateline.key, d.dateline.form);
                h.add(" talks: ");
                h.person(lead.key, lead.last);
                if (d.cast.size() > 1) {
                    h.add(" and ");
                    h.person(d.cast.get(1).key, d.cast.get(1).last);
                    h.add(r.nextBoolean() ? " agree on " : " clash over ");
                } else {
                    h.add(" " + verb + " ");
                }
                h.add(about);
            }
            default -> {
                h.person(lead.key, capitalize(lead.last));
                h.add(" " + verb + " " + about);
            }
        }
        return h;
    }

    // ---------------------------------------------------------------------------------------
    // Sentences

    private void quoteSentence(Draft d) {
        var r = d.r;
        var body = d.body;
        int who = r.nextInt(100) < 55 || d.cast.size() == 1 ? 0 : 1 + r.nextInt(d.cast.size() - 1);
        var speaker = d.cast.get(who);
        boolean direct = r.nextInt(100) < 55;
        var quoteTopics = new ArrayList<Entry>(2);
        int topicCount = r.nextInt(10) < 3 ? 0 : r.nextInt(10) < 8 ? 1 : 2;
        for (int i = 0; i < topicCount && i < d.articleTopics.size(); i++) {
            quoteTopics.add(d.articleTopics.get((i + r.nextInt(d.articleTopics.size())) % d.articleTopics.size()));
        }
        if (quoteTopics.size() == 2 && quoteTopics.get(0) == quoteTopics.get(1)) {
            quoteTopics.removeLast();
        }
        At source;
        At cue;
        At content;
        String channel = null;
        At channelAt = null;
        if (direct) {
            String cueWord = Lexicon.DIRECT_CUES[r.nextInt(Lexicon.DIRECT_CUES.length)];
            int form = r.nextInt(100);
            if (form < 8) { // on a channel, social networks with an emoji
                channel = expandPlain(d, Lexicon.CHANNELS[r.nextInt(Lexicon.CHANNELS.length)]);
                boolean social = channel.equals("Telegram") || channel.equals("X") || channel.equals("Facebook") || channel.equals("Instagram");
                body.add(d.open());
                var words = directContent(d, 1 + (social ? 0 : r.nextInt(2)));
                boolean emoji = social || r.nextInt(4) == 0;
                if (emoji) {
                    words.add(" " + Lexicon.EMOJI[r.nextInt(Lexicon.EMOJI.length)]);
                }
                content = body.add(words);
                body.add((emoji ? "" : ",") + d.close() + " ");
                source = source(d, speaker, who, false, false);
                body.add(" ");
                cue = body.add(social ? "wrote" : cueWord);
                body.add(social ? " on " : " in ");
                channelAt = body.add(channel);
                body.add(".");
            } else if (form < 30) { // Okafor said: “…”
                source = source(d, speaker, who, true, false);
                body.add(" ");
                cue = body.add(cueWord);
                body.add(": " + d.open());
                content = body.add(directContent(d, clauses(r)));
                body.add("." + d.close());
            } else if (form < 42 && cueWord.equals("said")) { // “…,” said Okafor.
                body.add(d.open());
                content = body.add(directContent(d, clauses(r)));
                body.add("," + d.close() + " ");
                cue = body.add("said");
                body.add(" ");
                source = source(d, speaker, who, false, false);
                body.add(".");
            } else { // “…,” Okafor said.
                boolean mixed = d.curly && r.nextInt(30) == 0;
                body.add(mixed ? "\"" : d.open());
                content = body.add(directContent(d, clauses(r)));
                body.add(",");
                var closing = body.add(d.close());
                if (mixed) {
                    d.notes.add(new NoteRow("MIXED_QUOTE_MARKS", closing,
                            "This quotation opens with a straight mark (\") and closes with a curly one (”)."));
                }
                body.add(" ");
                source = source(d, speaker, who, false, d.lastSpeaker == speaker);
                body.add(" ");
                cue = body.add(cueWord);
                body.add(".");
            }
        } else {
            String cueWord = Lexicon.INDIRECT_CUES[r.nextInt(Lexicon.INDIRECT_CUES.length)];
            int form = r.nextInt(100);
            if (form < 15) { // According to Okafor, …
                cue = body.add("According to");
                body.add(" ");
                source = source(d, speaker, who, false, false);
                body.add(", ");
                content = body.add(indirectContent(d, clauses(r), false));
                body.add(".");
            } else if (form < 30) { // …, Okafor said.
                content = body.add(indirectContent(d, clauses(r), true));
                body.add(", ");
                source = source(d, speaker, who, false, d.lastSpeaker == speaker);
                body.add(" ");
                cue = body.add(cueWord);
                body.add(".");
            } else { // Okafor said (on state television) that …
                source = source(d, speaker, who, true, d.lastSpeaker == speaker);
                body.add(" ");
                cue = body.add(cueWord);
                if (r.nextInt(100) < 7) {
                    channel = expandPlain(d, Lexicon.CHANNELS[r.nextInt(3)]);
                    body.add(channel.startsWith("a ") ? " at " : " on ");
                    channelAt = body.add(channel);
                }
                body.add(" that ");
                content = body.add(indirectContent(d, clauses(r), false));
                body.add(".");
            }
        }
        d.lastSpeaker = speaker;
        d.quotes.add(new QuoteRow(speaker, direct, source, cue, content, channel, channelAt, quoteTopics));
    }

    private int clauses(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 50 ? 1 : x < 80 ? 2 : x < 95 ? 3 : 4 + r.nextInt(3);
    }

    /**
     * The words naming the speaker. The first time: the full name (with the office); later a
     * last name, an alias, the office, or a pronoun right after the same speaker.
     */
    private At source(Draft d, Person speaker, int who, boolean sentenceStart, boolean pronounAllowed) {
        var r = d.r;
        var body = d.body;
        if (!d.introduced[who]) {
            d.introduced[who] = true;
            return body.person(speaker.key, r.nextBoolean() ? speaker.introduced : speaker.name);
        }
        int x = r.nextInt(100);
        if (pronounAllowed && x < 30) {
            String pronoun = speaker.pronoun();
            return body.add(sentenceStart ? capitalize(pronoun) : pronoun);
        }
        if (x < 45) {
            return body.add(sentenceStart ? capitalize(speaker.descriptor) : speaker.descriptor);
        }
        if (x < 65) {
            return body.person(speaker.key, speaker.titled);
        }
        if (x < 80) {
            return body.person(speaker.key, speaker.aliases.get(r.nextInt(speaker.aliases.size())));
        }
        return body.person(speaker.key, speaker.last);
    }

    private Text directContent(Draft d, int clauses) {
        var r = d.r;
        var t = new Text();
        for (int i = 0; i < clauses; i++) {
            boolean sentenceStart = i == 0;
            if (i > 0) {
                int j = r.nextInt(6);
                String joiner = switch (j) {
                    case 0 -> ", and ";
                    case 1 -> "; ";
                    case 2 -> ". ";
                    case 3 -> " – ";
                    case 4 -> ", but ";
                    default -> ", because ";
                };
                t.add(joiner);
                sentenceStart = j == 2;
            }
            String subject = Lexicon.DIRECT_SUBJECTS[r.nextInt(Lexicon.DIRECT_SUBJECTS.length)];
            if (!sentenceStart && !subject.equals("I")) {
                subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
            }
            t.add(subject + " " + Lexicon.DIRECT_MODALS[r.nextInt(Lexicon.DIRECT_MODALS.length)] + " ");
            predicate(d, t);
        }
        if (r.nextInt(4) == 0) {
            t.add(". " + Lexicon.DIRECT_FOLLOW_UPS[r.nextInt(Lexicon.DIRECT_FOLLOW_UPS.length)]);
        }
        return t;
    }

    private Text indirectContent(Draft d, int clauses, boolean capital) {
        var r = d.r;
        var t = new Text();
        for (int i = 0; i < clauses; i++) {
            if (i > 0) {
                t.add(switch (r.nextInt(4)) {
                    case 0 -> ", and ";
                    case 1 -> ", but ";
                    case 2 -> ", while ";
                    default -> " and that ";
                });
            }
            String subject = Lexicon.INDIRECT_SUBJECTS[r.nextInt(Lexicon.INDIRECT_SUBJECTS.length)];
            if (i == 0 && capital) {
                subject = capitalize(subject);
            }
            t.add(subject + " " + Lexicon.INDIRECT_MODALS[r.nextInt(Lexicon.INDIRECT_MODALS.length)] + " ");
            predicate(d, t);
        }
        if (r.nextInt(5) == 0) {
            t.add(" and that " + Lexicon.INDIRECT_FOLLOW_UPS[r.nextInt(Lexicon.INDIRECT_FOLLOW_UPS.length)]);
        }
        return t;
    }

    /** Verb, object, and sometimes a named programme and a circumstance. */
    private void predicate(Draft d, Text t) {
        var r = d.r;
        t.add(Lexicon.VERBS[r.nextInt(Lexicon.VERBS.length)] + " ");
        if (r.nextInt(100) < 22) {
            String project = world.projects[projects.sample(r)];
            t.add(switch (r.nextInt(4)) {
                case 0 -> "the " + project + " programme";
                case 1 -> "the " + project + " law";
                case 2 -> "the " + project + " project";
                default -> "Operation " + project;
            });
        } else {
            expand(d, t, Lexicon.OBJECTS[objects.sample(r)]);
        }
        if (r.nextInt(100) < 55) {
            t.add(" ");
            expand(d, t, Lexicon.TAILS[r.nextInt(Lexicon.TAILS.length)]);
        }
    }

    private void contextSentence(Draft d, @Nullable Entry topic) {
        var r = d.r;
        var t = new Text();
        if (topic != null) {
            // A sentence that names one of the article's topics, so the topic is mentioned in the text.
            String template;
            do {
                template = Lexicon.CONTEXT_OPENERS[r.nextInt(Lexicon.CONTEXT_OPENERS.length)];
            } while (!template.contains("{topic}"));
            expand(d, t, template.replace("{topic}", "{thetopic}"), topic);
        } else {
            expand(d, t, Lexicon.CONTEXT_OPENERS[r.nextInt(Lexicon.CONTEXT_OPENERS.length)]);
        }
        d.body.add(t);
    }

    // ---------------------------------------------------------------------------------------
    // Events

    private void eventSentence(Draft d) {
        var r = d.r;
        var body = d.body;
        var a = d.cast.get(r.nextInt(d.cast.size()));
        var b = d.cast.size() > 1 ? d.cast.get((d.cast.indexOf(a) + 1) % d.cast.size()) : world.people.get(speakers.sample(r));
        if (b == a) {
            b = world.people.get((a.rank + 1) % world.people.size());
        }
        int kind = r.nextInt(14);
        String status = kind < 6 ? "PAST" : kind < 8 ? "ONGOING" : "PLANNED";
        var when = switch (status) {
            case "PAST" -> past(d);
            case "ONGOING" -> ongoing(d);
            default -> planned(d);
        };
        var city = world.cities.get(cities.sample(r));
        var country = world.countries.get(countries.sample(r));
        var topic = d.articleTopics.get(r.nextInt(d.articleTopics.size()));
        var people = new ArrayList<Person>(2);
        Entry place = null;
        int start = body.at();
        At whenAt;
        String eventKind;
        String title;
        switch (kind) {
            case 0, 8 -> {
                eventKind = kind == 0 ? "talks" : "meeting";
                body.person(a.key, mentionForm(d, a));
                body.add(" and ");
                body.person(b.key, mentionForm(d, b));
                body.add(kind == 0 ? " held talks in " : " will meet in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                people.add(a);
                people.add(b);
                place = city;
                title = (kind == 0 ? "Talks between " : "Meeting of ") + a.last + " and " + b.last + " in " + city.name;
            }
            case 1, 9 -> {
                eventKind = "visit";
                body.person(a.key, mentionForm(d, a));
                body.add(kind == 1 ? " visited " : " is due to visit ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                people.add(a);
                place = city;
                title = "Visit of " + a.last + " to " + city.name;
            }
            case 2 -> {
                eventKind = "signing";
                body.person(a.key, mentionForm(d, a));
                body.add(" signed the agreement on ");
                body.entry(topic.key, topic.form);
                body.add(" in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                people.add(a);
                place = city;
                title = "Signing of the agreement on " + topic.form;
            }
            case 3, 10 -> {
                eventKind = "election";
                if (kind == 3) {
                    body.add("Voters in ");
                    body.entry(country.key, country.form);
                    body.add(" went to the polls ");
                } else {
                    body.add("Elections in ");
                    body.entry(country.key, country.form);
                    body.add(" are scheduled ");
                }
                whenAt = when(body, when);
                place = country;
                title = "Elections in " + country.form;
            }
            case 4 -> {
                eventKind = "protest";
                body.add("Thousands protested in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                body.add(" against plans to " + Lexicon.VERBS[r.nextInt(Lexicon.VERBS.length)] + " ");
                expand(d, body, Lexicon.OBJECTS[objects.sample(r)]);
                place = city;
                title = "Protest in " + city.name;
            }
            case 5 -> {
                eventKind = "decision";
                var org = world.bodies.get(bodies.sample(r));
                body.add("The ");
                body.entry(org.key, org.form);
                body.add(" approved a loan of " + money(r) + " to ");
                body.entry(country.key, country.form);
                body.add(" ");
                whenAt = when(body, when);
                title = org.name + " loan to " + country.form;
            }
            case 6 -> {
                eventKind = "visit";
                body.person(a.key, mentionForm(d, a));
                body.add(" is in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                body.add(" for talks on ");
                body.entry(topic.key, topic.form);
                people.add(a);
                place = city;
                title = "Visit of " + a.last + " to " + city.name;
            }
            case 7 -> {
                eventKind = "summit";
                body.add("The summit on ");
                body.entry(topic.key, topic.form);
                body.add(" in ");
                body.entry(city.key, city.form);
                body.add(" continues ");
                whenAt = when(body, when);
                place = city;
                title = "Summit on " + topic.form + " in " + city.name;
            }
            case 11 -> {
                eventKind = "vote";
                body.add("Parliament is expected to vote on ");
                body.entry(topic.key, topic.form);
                body.add(" ");
                whenAt = when(body, when);
                title = "Parliamentary vote on " + topic.form;
            }
            case 12 -> {
                eventKind = "opening";
                var company = world.companies.get(companies.sample(r));
                body.entry(company.key, company.form);
                body.add(" plans to open its new plant in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                place = city;
                title = "Opening of the " + company.name + " plant in " + city.name;
            }
            default -> {
                eventKind = "talks";
                body.add("The next round of talks on ");
                body.entry(topic.key, topic.form);
                body.add(" will take place in ");
                body.entry(city.key, city.form);
                body.add(" ");
                whenAt = when(body, when);
                place = city;
                title = "Next round of talks on " + topic.form;
            }
        }
        var evidence = new ArrayList<At>(2);
        evidence.add(new At(start, body.at()));
        body.add(".");
        boolean placeStated = true;
        String placeSource = null;
        if (place == null && r.nextInt(3) == 0) {
            place = d.dateline;
            placeStated = false;
            placeSource = "Not in the sentence; the dateline places the report in " + d.dateline.name + ".";
        }
        if (r.nextInt(5) == 0) {
            body.add(" Officials later confirmed ");
            evidence.add(body.add("the " + (eventKind.equals("talks") ? "talks" : eventKind.equals("election") ? "vote" : "plans")));
            body.add(".");
        }
        d.events.add(new EventRow(eventKind, title, status, when, whenAt, place, placeStated, placeSource, people, evidence));
    }

    /** A cast member named for the first time gets the full form, with the office; later the short one. */
    private static String mentionForm(Draft d, Person p) {
        int i = d.cast.indexOf(p);
        if (i >= 0 && !d.introduced[i]) {
            d.introduced[i] = true;
            return p.introduced;
        }
        return i >= 0 ? p.titled : p.introduced;
    }

    private static @Nullable At when(Text body, When when) {
        body.add(when.lead());
        return when.text().isEmpty() ? null : body.add(when.text());
    }

    private static final String NO_YEAR = "The text gives no year; it is the year of the article’s date.";
    private static final String RELATIVE = "Counted from the article’s date.";

    private When past(Draft d) {
        var r = d.r;
        var day = d.date;
        switch (r.nextInt(8)) {
            case 0 -> {
                var x = day.minusDays(1 + r.nextInt(60));
                return new When("on ", dayMonth(x) + " " + x.getYear(), x, x, "DAY", true, null);
            }
            case 1 -> {
                var x = day.minusDays(1 + r.nextInt(30));
                if (x.getYear() == day.getYear()) {
                    return new When("on ", dayMonth(x), x, x, "DAY", false, NO_YEAR);
                }
                return new When("on ", dayMonth(x) + " " + x.getYear(), x, x, "DAY", true, null);
            }
            case 2 -> {
                var x = day.minusDays(1);
                return new When("", "yesterday", x, x, "DAY", false, RELATIVE);
            }
            case 3 -> {
                var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                return new When("", "last week", monday, monday.plusDays(6), "APPROXIMATE", false, RELATIVE);
            }
            case 4 -> {
                return new When("", "a few days ago", day.minusDays(7), day.minusDays(2), "APPROXIMATE", false, RELATIVE);
            }
            case 5 -> {
                var m = day.withDayOfMonth(1).minusMonths(1 + r.nextInt(24));
                return new When("", "in " + Lexicon.MONTHS[m.getMonthValue() - 1] + " " + m.getYear(), m,
                        m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", true, null);
            }
            case 6 -> {
                int year = day.getYear() - 1 - r.nextInt(10);
                return new When("", "in " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR", true, null);
            }
            default -> {
                if (day.getDayOfYear() == 1) {
                    return new When("", "yesterday", day.minusDays(1), day.minusDays(1), "DAY", false, RELATIVE);
                }
                return new When("", "earlier this year", day.withDayOfYear(1), day.minusDays(1), "APPROXIMATE", false, RELATIVE);
            }
        }
    }

    private When ongoing(Draft d) {
        var day = d.date;
        if (d.r.nextBoolean()) {
            var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new When("", "this week", monday, monday.plusDays(6), "APPROXIMATE", false, RELATIVE);
        }
        return new When("", "this month", day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, RELATIVE);
    }

    private When planned(Draft d) {
        var r = d.r;
        var day = d.date;
        switch (r.nextInt(7)) {
            case 0 -> {
                var x = day.plusDays(1 + r.nextInt(90));
                if (x.getYear() == day.getYear()) {
                    return new When("on ", dayMonth(x), x, x, "DAY", false, NO_YEAR);
                }
                return new When("on ", dayMonth(x) + " " + x.getYear(), x, x, "DAY", true, null);
            }
            case 1 -> {
                var x = day.plusDays(1 + r.nextInt(300));
                return new When("on ", dayMonth(x) + " " + x.getYear(), x, x, "DAY", true, null);
            }
            case 2 -> {
                var m = day.withDayOfMonth(1).plusMonths(1);
                return new When("", "next month", m, m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, RELATIVE);
            }
            case 3 -> {
                int year = day.getYear() + 1 + r.nextInt(5);
                return new When("", "in " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "YEAR", true, null);
            }
            case 4 -> {
                if (day.getMonthValue() == 12) {
                    var m = day.withDayOfMonth(1).plusMonths(1);
                    return new When("", "next month", m, m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, RELATIVE);
                }
                var m = day.withDayOfMonth(1).plusMonths(1 + r.nextInt(12 - day.getMonthValue()));
                return new When("", "in " + Lexicon.MONTHS[m.getMonthValue() - 1], m,
                        m.with(TemporalAdjusters.lastDayOfMonth()), "MONTH", false, NO_YEAR);
            }
            case 5 -> {
                int year = day.getYear() + r.nextInt(3);
                return new When("", "by the end of " + year, null, LocalDate.of(year, 12, 31), "APPROXIMATE", true, null);
            }
            default -> {
                return new When("", "at a date yet to be set", day, null, "APPROXIMATE", false, "The text sets no date; it is only after the article’s.");
            }
        }
    }

    private static String dayMonth(LocalDate x) {
        return x.getDayOfMonth() + " " + Lexicon.MONTHS[x.getMonthValue() - 1];
    }

    // ---------------------------------------------------------------------------------------
    // Templates

    private void expand(Draft d, Text t, String template) {
        expand(d, t, template, null);
    }

    /** Fills {city}, {country}, {org}, … appending to {@code t}; named things become mentions. */
    private void expand(Draft d, Text t, String template, @Nullable Entry theTopic) {
        var r = d.r;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                t.add(template.substring(i));
                return;
            }
            if (open > i) {
                t.add(template.substring(i, open));
            }
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            boolean sentenceStart = open == 0 || template.startsWith(". ", open - 2);
            switch (slot) {
                case "city" -> named(t, world.cities.get(cities.sample(r)), sentenceStart);
                case "port" -> named(t, world.ports.get(r.nextInt(world.ports.size())), sentenceStart);
                case "country", "country2" -> named(t, world.countries.get(countries.sample(r)), sentenceStart);
                case "org" -> named(t, world.bodies.get(bodies.sample(r)), sentenceStart);
                case "company" -> named(t, world.companies.get(companies.sample(r)), sentenceStart);
                case "topic" -> named(t, d.articleTopics.get(r.nextInt(d.articleTopics.size())), sentenceStart);
                case "thetopic" -> named(t, theTopic != null ? theTopic : d.articleTopics.getFirst(), sentenceStart);
                case "publisher" -> t.add(d.publisher);
                case "year" -> t.add(String.valueOf(d.date.getYear() + r.nextInt(6)));
                case "pastyear" -> t.add(String.valueOf(d.date.getYear() - 1 - r.nextInt(15)));
                case "hours" -> t.add(String.valueOf(2 + r.nextInt(9)));
                case "count" -> t.add(String.format(Locale.ROOT, "%,d", (1 + r.nextInt(99)) * 100));
                case "money" -> t.add(money(r));
                case "pct" -> {
                    int whole = 1 + r.nextInt(30);
                    if (r.nextBoolean()) {
                        t.add(whole + "\u00a0per cent");
                    } else {
                        t.add(whole + "." + r.nextInt(10) + "%");
                    }
                }
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            }
            i = close + 1;
        }
    }

    /** Like expand, for text that names nothing: channels. */
    private String expandPlain(Draft d, String template) {
        return template.replace("{publisher}", d.publisher);
    }

    private static void named(Text t, Entry e, boolean sentenceStart) {
        t.entry(e.key, sentenceStart ? capitalize(e.form) : e.form);
    }

    private static String money(SplittableRandom r) {
        String[] currencies = {"€", "$", "£", "₸", "₼"};
        String unit = r.nextBoolean() ? " million" : " billion";
        return currencies[r.nextInt(currencies.length)] + (1 + r.nextInt(900)) / 10.0 + unit;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static String timestamp(OffsetDateTime t) {
        return TIMESTAMP.format(t);
    }
}
