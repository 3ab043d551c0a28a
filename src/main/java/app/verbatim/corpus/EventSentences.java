package app.verbatim.corpus;

import static app.verbatim.corpus.Prose.money;

import app.verbatim.corpus.Draft.EventRow;
import app.verbatim.corpus.EventDates.When;
import app.verbatim.corpus.Spans.At;
import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Sentences that report an event, past, ongoing or planned: talks, visits, signings, elections,
 * protests, loans, summits, votes, openings. Each records an event with its kind, a title, when
 * it happens (and the span that says so), its place, its participants and the evidence spans;
 * an event whose sentence names no place is sometimes placed by the dateline.
 */
final class EventSentences {

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
        int kind = r.nextInt(14);
        String status = kind < 6 ? "PAST" : kind < 8 ? "ONGOING" : "PLANNED";
        var when = switch (status) {
            case "PAST" -> EventDates.past(d);
            case "ONGOING" -> EventDates.ongoing(d);
            default -> EventDates.planned(d);
        };
        var city = vocabulary.city(r);
        var country = vocabulary.country(r);
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
                body.person(a.key, d.mentionForm(a));
                body.add(" and ");
                body.person(b.key, d.mentionForm(b));
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
                body.person(a.key, d.mentionForm(a));
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
                body.person(a.key, d.mentionForm(a));
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
                prose.expand(d, body, vocabulary.object(r));
                place = city;
                title = "Protest in " + city.name;
            }
            case 5 -> {
                eventKind = "decision";
                var org = vocabulary.body(r);
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
                body.person(a.key, d.mentionForm(a));
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
                var company = vocabulary.company(r);
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

    private static @Nullable At when(Text body, When when) {
        body.add(when.lead());
        return when.text().isEmpty() ? null : body.add(when.text());
    }
}
