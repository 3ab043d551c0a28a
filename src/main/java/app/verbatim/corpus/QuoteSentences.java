package app.verbatim.corpus;

import static app.verbatim.corpus.Prose.capitalize;
import static app.verbatim.corpus.Prose.expandPlain;

import app.verbatim.corpus.Draft.NoteRow;
import app.verbatim.corpus.Draft.QuoteRow;
import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.util.ArrayList;
import java.util.SplittableRandom;

/**
 * Sentences that report what someone said, in the forms the news uses: direct ("“…,” Okafor
 * said.", "Okafor said: “…”", on a channel with an emoji) and indirect ("According to Okafor, …",
 * "Okafor said on state television that …"). Each records a quote: its source, cue and content
 * spans, and its channel and topics.
 */
final class QuoteSentences {

    private final Prose prose;

    QuoteSentences(Prose prose) {
        this.prose = prose;
    }

    void write(Draft d) {
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
            String cueWord = Lexicon.DIRECT_CUES.any(r);
            int form = r.nextInt(100);
            if (form < 8) { // on a channel, social networks with an emoji
                channel = expandPlain(d, Lexicon.CHANNELS.any(r));
                boolean social = channel.equals("Telegram") || channel.equals("X") || channel.equals("Facebook") || channel.equals("Instagram");
                body.add(d.open());
                var words = directContent(d, 1 + (social ? 0 : r.nextInt(2)));
                boolean emoji = social || r.nextInt(4) == 0;
                if (emoji) {
                    words.add(" " + Lexicon.EMOJI.any(r));
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
            String cueWord = Lexicon.INDIRECT_CUES.any(r);
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
                    channel = expandPlain(d, Lexicon.CHANNELS.words[r.nextInt(3)]);
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

    private static int clauses(SplittableRandom r) {
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
            String subject = Lexicon.DIRECT_SUBJECTS.any(r);
            if (!sentenceStart && !subject.equals("I")) {
                subject = Character.toLowerCase(subject.charAt(0)) + subject.substring(1);
            }
            t.add(subject + " " + Lexicon.DIRECT_MODALS.any(r) + " ");
            prose.predicate(d, t);
        }
        if (r.nextInt(4) == 0) {
            t.add(". " + Lexicon.DIRECT_FOLLOW_UPS.any(r));
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
            String subject = Lexicon.INDIRECT_SUBJECTS.any(r);
            if (i == 0 && capital) {
                subject = capitalize(subject);
            }
            t.add(subject + " " + Lexicon.INDIRECT_MODALS.any(r) + " ");
            prose.predicate(d, t);
        }
        if (r.nextInt(5) == 0) {
            t.add(" and that " + Lexicon.INDIRECT_FOLLOW_UPS.any(r));
        }
        return t;
    }
}
