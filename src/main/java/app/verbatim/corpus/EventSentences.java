package app.verbatim.corpus;

import static app.verbatim.corpus.Prose.money;

import app.verbatim.corpus.Draft.EventRow;
import app.verbatim.corpus.EventDates.When;
import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sentences that report an event, past, ongoing or planned: talks, visits, signings, elections,
 * protests, loans, summits, votes, openings. Each records an event with its kind, a title, when
 * it happens (and the span that says so), its place, its participants and the evidence spans;
 * an event whose sentence names no place is sometimes placed by the dateline.
 */
final class EventSentences {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final Prose prose;
    private final Vocabulary vocabulary;

    /** Draws from the same vocabulary as the prose around the events. */
    EventSentences(Prose prose) {
        this.prose = prose;
        this.vocabulary = prose.vocabulary;
    }

    void write(Draft d) {
        var r = d.r;
        var body = d.body;
        var a = d.cast.get(r.nextInt(d.cast.size()));
        var b = d.cast.size() > 1 ? d.cast.get((d.cast.indexOf(a) + 1) % d.cast.size()) : vocabulary.speaker(r);
        if (b == a) {
            b = vocabulary.after(a);
        }
        var sentence = Lexicon.EVENT_SENTENCES.anyRow(r);
        String eventKind = sentence[0];
        String status = sentence[1];
        var when = switch (status) {
            case "PAST" -> EventDates.past(d);
            case "ONGOING" -> EventDates.ongoing(d);
            default -> EventDates.planned(d);
        };
        var city = vocabulary.city(r);
        var country = vocabulary.country(r);
        var topic = d.articleTopics.get(r.nextInt(d.articleTopics.size()));
        var people = new ArrayList<Person>(2);
        @Nullable Entry org = null;
        @Nullable Entry company = null;
        @Nullable At whenAt = null;
        int start = body.at();
        var template = sentence[2];
        var placeholder = PLACEHOLDER.matcher(template);
        int from = 0;
        while (placeholder.find()) {
            body.add(template.substring(from, placeholder.start()));
            from = placeholder.end();
            switch (placeholder.group(1)) {
                case "a" -> {
                    body.person(a.key, d.mentionForm(a));
                    people.add(a);
                }
                case "b" -> {
                    body.person(b.key, d.mentionForm(b));
                    people.add(b);
                }
                case "city" -> body.entry(city.key, city.form);
                case "country" -> body.entry(country.key, country.form);
                case "topic" -> body.entry(topic.key, topic.form);
                case "org" -> {
                    org = vocabulary.body(r);
                    body.entry(org.key, org.form);
                }
                case "company" -> {
                    company = vocabulary.company(r);
                    body.entry(company.key, company.form);
                }
                case "when" -> whenAt = when(body, when);
                case "money" -> body.add(money(r));
                case "verb" -> body.add(Lexicon.VERBS.any(r));
                case "object" -> prose.expand(d, body, vocabulary.object(r));
                default -> throw new IllegalStateException("no {" + placeholder.group(1) + "} in an event sentence: " + template);
            }
        }
        body.add(template.substring(from));
        String title = sentence[3]
                .replace("{a.last}", a.last).replace("{b.last}", b.last)
                .replace("{city.name}", city.name).replace("{country.form}", country.form).replace("{topic.form}", topic.form)
                .replace("{org.name}", org == null ? "" : org.name).replace("{company.name}", company == null ? "" : company.name);
        @Nullable Entry place = switch (sentence[4]) {
            case "city" -> city;
            case "country" -> country;
            default -> null;
        };
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

    private static @Nullable At when(Text body, When when) {
        body.add(when.lead());
        return when.text().isEmpty() ? null : body.add(when.text());
    }
}
