package app.verbatim.draft.pipeline;

import app.verbatim.draft.nlp.AnalyzedText;
import app.verbatim.draft.nlp.Sentence;
import app.verbatim.draft.nlp.Token;
import app.verbatim.event.EventStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Events: a sentence with an event word (meeting, visit, talks, signing, commissioning,
 * shipment, election, anniversary, summit, conference) and a time or a place it is tied to. Its
 * status comes from cues ("is due to", "plan", "will": planned), the tense and the time against
 * the publication date. A sentence without a time, or with the word only in the plural ("the
 * meetings"), makes no event: fewer and right beats many and wrong.
 */
public final class EventFinder {

    /** An event found: {@code [npStart, npEnd)} is its noun phrase, evidence {@code [evStart, evEnd)}. */
    public record Found(String kind, String title, EventStatus status, Times.@Nullable Found when,
                        CatalogFinder.@Nullable Found place, List<String> participants, List<int[]> evidence,
                        double confidence, String rule, String note) {
    }

    /** Event words by their lemma, and the kind they make; nouns and the verbs that report the act. */
    private static final Map<String, String> TRIGGERS = Map.ofEntries(
            Map.entry("meeting", "meeting"), Map.entry("meet", "meeting"), Map.entry("summit", "summit"),
            Map.entry("visit", "visit"), Map.entry("talks", "talks"), Map.entry("negotiations", "talks"),
            Map.entry("signing", "signing"), Map.entry("sign", "signing"), Map.entry("signed", "signing"),
            Map.entry("commissioning", "commissioning"), Map.entry("commission", "commissioning"), Map.entry("inauguration", "commissioning"),
            Map.entry("shipment", "shipment"), Map.entry("ship", "shipment"), Map.entry("shipped", "shipment"),
            Map.entry("election", "election"), Map.entry("elections", "election"), Map.entry("elect", "election"),
            Map.entry("anniversary", "anniversary"), Map.entry("conference", "conference"), Map.entry("ceremony", "ceremony"));
    /** Words that make an event only as the plural the text uses them in. */
    private static final Set<String> PLURAL_KINDS = Set.of("talks", "negotiations", "elections");
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|'ll|(?:is|are|was|were) due to|plans?(?: to| that)?|planned|planning|scheduled|to be held|"
                    + "(?:is|are) expected to|(?:is|are) going to|intends? to|upcoming|next (?:week|month|year)|tomorrow)\\b");
    private static final Pattern ONGOING = Pattern.compile("(?i)\\b(?:celebrate|celebrates|celebrating|is taking place|are taking place|"
            + "is under way|are under way|is being held|are being held|continues|continue)\\b");

    private final Body body;
    private final AnalyzedText analyzed;
    private final List<Times.Found> times;
    private final CatalogFinder catalog;
    private final Cast cast;
    private final @Nullable LocalDate published;

    public EventFinder(Body body, AnalyzedText analyzed, List<Times.Found> times, CatalogFinder catalog, Cast cast,
                       @Nullable LocalDate published) {
        this.body = body;
        this.analyzed = analyzed;
        this.times = times;
        this.catalog = catalog;
        this.cast = cast;
        this.published = published;
    }

    /** Whether the sentence at this position speaks of what is to come. */
    public static boolean future(AnalyzedText analyzed, int at) {
        for (var s : analyzed.sentences()) {
            if (s.start() <= at && at < s.end()) {
                return FUTURE.matcher(analyzed.text().substring(s.start(), s.end())).find();
            }
        }
        return false;
    }

    public List<Found> find() {
        var events = new ArrayList<Found>();
        var tokens = analyzed.tokens();
        for (var sentence : analyzed.sentences()) {
            var seen = new ArrayList<String>();
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                var t = tokens.get(i);
                String word = t.text().toLowerCase(Locale.ROOT);
                String kind = TRIGGERS.get(word);
                if (kind == null && !t.pos().startsWith("PROPN")) {
                    kind = TRIGGERS.get(t.lemma());
                    // "meetings", "visits": a plural names a series or a framework, not one event.
                    if (kind != null && !word.equals(t.lemma()) && t.pos().startsWith("NOUN") && !PLURAL_KINDS.contains(word)) {
                        kind = null;
                    }
                }
                if (kind == null || kind.equals("commissioning") && t.pos().startsWith("NOUN") && word.equals("commission")) {
                    continue; // "the commission" is a body, not its commissioning
                }
                boolean verb = t.pos().startsWith("VERB") || t.pos().startsWith("AUX");
                if (verb && !(kind.equals("signing") || kind.equals("shipment") || kind.equals("visit") || kind.equals("meeting")
                        || kind.equals("election"))) {
                    continue;
                }
                var found = event(sentence, i, kind, verb);
                if (found != null && !seen.contains(found.kind())) {
                    seen.add(found.kind());
                    events.add(found);
                }
            }
        }
        return merge(events);
    }

    private @Nullable Found event(Sentence sentence, int trigger, String kind, boolean verb) {
        var tokens = analyzed.tokens();
        String text = body.text();
        // The clause around the trigger: from the sentence start or the last "that"/";" before it,
        // to the sentence end or the next ";" or ", although".
        int clauseStart = sentence.start();
        for (int j = trigger - 1; j >= sentence.firstToken(); j--) {
            var t = tokens.get(j);
            if (t.text().equals(";") || t.text().equals(",") && j + 1 < trigger && tokens.get(j + 1).pos().startsWith("SCONJ")
                    || t.lemma().equals("that") && t.pos().startsWith("SCONJ") || t.text().equals("\"") || t.text().equals("“")) {
                clauseStart = tokens.get(j + 1).start();
                break;
            }
        }
        int clauseEnd = sentence.end();
        for (int j = trigger + 1; j < sentence.endToken(); j++) {
            var t = tokens.get(j);
            if (t.text().equals(";") || t.text().equals(",") && j + 1 < sentence.endToken()
                    && Set.of("although", "but", "while", "whereas", "which").contains(tokens.get(j + 1).lemma())
                    || t.text().matches("[.!?]") && j == sentence.endToken() - 1 || t.text().matches("[\"”]")) {
                clauseEnd = t.start();
                break;
            }
        }
        final int cs = clauseStart;
        final int ce = clauseEnd;
        var clauseTimes = times.stream().filter(f -> f.start() >= cs && f.end() <= ce).toList();
        Times.Found when = nearest(clauseTimes, tokens.get(trigger).start());
        // The noun phrase: determiners and modifiers before the trigger, an "of …" complement after.
        int np = trigger;
        // Before a noun: its determiners, adjectives and the nouns it compounds with ("a reopening ceremony").
        while (np - 1 >= sentence.firstToken() && tokens.get(np - 1).start() >= clauseStart
                && (isModifier(tokens.get(np - 1)) || !verb && tokens.get(np - 1).pos().startsWith("NOUN")
                && !startsTime(tokens.get(np - 1).start()))) {
            np--;
        }
        // "the signed documents": a participle before its noun is a modifier; the phrase is the noun's.
        boolean participle = verb && trigger + 1 < sentence.endToken() && tokens.get(trigger + 1).pos().startsWith("NOUN")
                && !startsTime(tokens.get(trigger + 1).start());
        // "the Declaration signed today": a participle after its noun; the phrase is the noun before it.
        boolean reduced = verb && !participle && trigger - 1 >= sentence.firstToken()
                && (tokens.get(trigger - 1).pos().startsWith("NOUN") || tokens.get(trigger - 1).pos().startsWith("PROPN"))
                && (trigger + 1 >= sentence.endToken() || startsTime(tokens.get(trigger + 1).start())
                || Set.of("ADP", "PUNCT", "ADV").contains(tokens.get(trigger + 1).pos()));
        int npEnd = trigger + 1;
        if (!verb || participle) {
            while (npEnd < sentence.endToken() && tokens.get(npEnd).end() <= clauseEnd && continuesPhrase(tokens, npEnd)
                    && !startsTime(tokens.get(npEnd).start())) {
                npEnd++;
            }
        }
        if (reduced) {
            np = trigger - 1;
            while (np - 1 >= sentence.firstToken() && tokens.get(np - 1).start() >= clauseStart
                    && (isModifier(tokens.get(np - 1)) || tokens.get(np - 1).pos().startsWith("PROPN")
                    || tokens.get(np - 1).pos().startsWith("NOUN"))) {
                np--;
            }
            verb = false;
        }
        if (participle) {
            verb = false;
        }
        while (npEnd > trigger + 1 && Set.of("ADP", "CCONJ", "DET").contains(tokens.get(npEnd - 1).pos())) {
            npEnd--;
        }
        int npStartChar = tokens.get(np).start();
        int npEndChar = tokens.get(npEnd - 1).end();
        // A verb's object ("signed a trade agreement", "will visit Paris").
        int objectStart = -1;
        int objectEnd = -1;
        if (verb) {
            int o = trigger + 1;
            while (o < sentence.endToken() && (isModifier(tokens.get(o)) || tokens.get(o).pos().startsWith("NOUN")
                    || tokens.get(o).pos().startsWith("PROPN")) && !startsTime(tokens.get(o).start())) {
                if (objectStart < 0) {
                    objectStart = tokens.get(o).start();
                }
                objectEnd = tokens.get(o).end();
                o++;
            }
            for (int j = trigger + 1; j < sentence.endToken(); j++) {
                if (tokens.get(j).text().equals(",") && tokens.get(j).start() < clauseEnd) {
                    clauseEnd = tokens.get(j).start();
                    break;
                }
            }
        }
        // The place: one inside the phrase ("commissioning of the … railway"), else one the clause
        // ties to it with "in", "at" or "from".
        CatalogFinder.Found place = null;
        for (var f : catalog.mentions()) {
            if (f.place() && f.start() >= npStartChar && f.end() <= npEndChar && f.start() > tokens.get(trigger).start()) {
                place = f;
                break;
            }
        }
        if (place == null && objectStart >= 0) {
            place = catalog.placeAt(objectStart, objectEnd);
        }
        if (place == null) {
            for (var f : catalog.mentions()) {
                if (f.place() && f.start() >= clauseStart && f.end() <= clauseEnd
                        && text.substring(Math.max(clauseStart, f.start() - 5), f.start()).matches("(?s).*\\b(?:in|at|from) (?:the )?$")) {
                    place = f;
                    break;
                }
            }
        }
        if (when == null) {
            return null;
        }
        if (published != null && pastTense(tokens, trigger, sentence)) {
            when = Times.inThePast(when, published);
        }
        String clause = text.substring(clauseStart, clauseEnd);
        EventStatus status;
        double confidence = 0.85;
        String rule = "event." + kind;
        String note = "";
        boolean future = FUTURE.matcher(clause).find();
        LocalDate p = published;
        if (future) {
            status = EventStatus.PLANNED;
        } else if (when.latest() != null && p != null && when.latest().isBefore(p)) {
            status = EventStatus.PAST;
        } else if (when.earliest() != null && p != null && when.earliest().isAfter(p)) {
            status = EventStatus.PLANNED;
        } else if (ONGOING.matcher(clause).find()) {
            status = EventStatus.ONGOING;
        } else if (p == null) {
            status = EventStatus.PAST;
            confidence = 0.5;
            note = "Without a publication date the status is read from the tense only.";
        } else {
            status = EventStatus.PAST;
            if (!(when.earliest() != null && when.earliest().equals(when.latest()))) {
                confidence = 0.6;
                note = "The time runs past the article's date and the text gives no cue for what is to come; taken for past.";
            }
        }
        // The evidence: from the phrase (or the subject, for a verb) to the time or place, whichever is last.
        int evStart = npStartChar;
        if (verb) {
            int s = trigger;
            while (s - 1 >= sentence.firstToken() && tokens.get(s - 1).start() >= clauseStart
                    && (isModifier(tokens.get(s - 1)) || tokens.get(s - 1).pos().startsWith("NOUN")
                    || tokens.get(s - 1).pos().startsWith("PROPN") || tokens.get(s - 1).pos().startsWith("AUX")
                    || tokens.get(s - 1).pos().startsWith("ADV") && !tokens.get(s - 1).text().equalsIgnoreCase("ago"))) {
                s--;
            }
            evStart = tokens.get(s).start();
            final int subject = evStart;
            if (clauseTimes.stream().anyMatch(f -> f.start() < tokens.get(trigger).start() && f.end() > subject)) {
                evStart = tokens.get(trigger).start();
            }
        }
        int evEnd = npEndChar;
        if (when.start() > npStartChar) {
            evEnd = Math.max(evEnd, when.end());
        }
        if (place != null && place.start() > npStartChar) {
            evEnd = Math.max(evEnd, place.end());
        }
        if (verb) {
            evEnd = Math.max(evEnd, lastWordBefore(clauseEnd));
        }
        if (when.start() < evStart && when.start() >= clauseStart && !verb) {
            evStart = Math.min(evStart, when.start()) == when.start() && adjacent(when.end(), evStart) ? when.start() : evStart;
        }
        // Who takes part: the people the clause names; "their talks" takes in the whole sentence's.
        boolean theirs = text.substring(npStartChar, npEndChar).matches("(?i)^(?:their|our) .*");
        var participants = theirs ? cast.peopleIn(sentence.start(), sentence.end()) : cast.peopleIn(clauseStart, clauseEnd);
        String phrase = text.substring(npStartChar, npEndChar);
        String title;
        if (verb && kind.equals("signing") && objectStart >= 0) {
            title = "Signing of " + text.substring(objectStart, objectEnd);
        } else if (verb && kind.equals("visit") && !participants.isEmpty() && place != null) {
            title = "Visit of " + cast.shortName(participants.getFirst()) + " to " + text.substring(place.start(), place.end());
        } else if (kind.equals("signing") && !phrase.toLowerCase(Locale.ROOT).startsWith("signing")) {
            title = "Signing of " + phrase.replaceAll("(?i)\\bsigned ", "").replaceFirst("(?i) signed$", "").replaceFirst("^(?i)the ", "the ");
            title = title.replace("Signing of the ", "Signing of the ");
        } else if (!verb && phrase.replaceFirst("^(?i)(?:the|their|our|his|her|its) ", "").strip().equalsIgnoreCase(tokens.get(trigger).text())
                && participants.size() >= 2) {
            title = capitalized(tokens.get(trigger).text()) + " between " + cast.shortName(participants.get(0)) + " and "
                    + cast.shortName(participants.get(1));
        } else if (!verb && phrase.replaceFirst("^(?i)(?:the|their|our|his|her|its) ", "").strip().equalsIgnoreCase(tokens.get(trigger).text())
                && place != null) {
            title = capitalized(tokens.get(trigger).text()) + " in " + text.substring(place.start(), place.end());
        } else {
            title = title(kind, phrase, text.substring(evStart, evEnd), verb);
        }
        var evidence = new ArrayList<int[]>();
        evidence.add(new int[] {evStart, evEnd});
        return new Found(kind, title, status, when, place, participants, evidence, confidence, rule, note);
    }

    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "took", "made", "gave", "went", "came", "won",
            "lost", "began", "sent", "led", "saw", "chose", "ran", "spoke");

    /** The event's own verb in the past tense ("signed", "was shipped", "met"), not "will be signed". */
    private static boolean pastTense(List<Token> tokens, int trigger, Sentence sentence) {
        var t = tokens.get(trigger);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (!t.pos().startsWith("VERB") || !(word.endsWith("ed") || IRREGULAR_PAST.contains(word))) {
            return false;
        }
        for (int j = Math.max(sentence.firstToken(), trigger - 3); j < trigger; j++) {
            String before = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (Set.of("will", "would", "to", "be", "shall", "'ll").contains(before)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsTime(int at) {
        return times.stream().anyMatch(f -> f.start() == at || f.start() < at && at < f.end());
    }

    private boolean adjacent(int end, int start) {
        return body.text().substring(end, start).isBlank();
    }

    private int lastWordBefore(int end) {
        int e = end;
        while (e > 0 && !Character.isLetterOrDigit(body.text().charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isModifier(Token t) {
        String pos = t.pos();
        return pos.startsWith("DET") || pos.startsWith("ADJ") || pos.startsWith("NUM")
                || pos.startsWith("PRON") && Set.of("their", "his", "her", "its", "our", "my", "your").contains(t.lemma())
                || t.text().equalsIgnoreCase("today's") || t.text().matches("\\d+(?:st|nd|rd|th)");
    }

    /** Whether the noun phrase runs on at token {@code i}: "of", "between", "on", names and nouns, not a verb. */
    private static boolean continuesPhrase(List<Token> tokens, int i) {
        var t = tokens.get(i);
        String pos = t.pos();
        if (t.text().startsWith("-") && i > 0 && tokens.get(i - 1).end() == t.start()) {
            return true; // "Baku-Tbilisi-Kars", tokenized apart
        }
        if (pos.startsWith("VERB") || pos.startsWith("AUX") || pos.startsWith("PUNCT") || pos.startsWith("SCONJ")
                || pos.startsWith("PRON") && !Set.of("our", "their", "his", "her", "its").contains(t.lemma())) {
            return false;
        }
        if (pos.startsWith("ADP")) {
            return Set.of("of", "between", "on", "for").contains(t.lemma());
        }
        return !(pos.startsWith("ADV") && !t.lemma().equals("also"));
    }

    private static String title(String kind, String phrase, String evidence, boolean verb) {
        String t = verb ? evidence.replaceAll("\\b(?:was|were|has been|have been|had been|is|are|will be|be)\\b ", "")
                : phrase;
        t = t.replaceFirst("^(?i)(?:the|a|an|their|his|her|its|our|today's) ", "").strip();
        if (t.length() > 200) {
            t = t.substring(0, 200).replaceAll("\\s+\\S*$", "") + "…";
        }
        if (t.isEmpty()) {
            t = kind;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static Times.@Nullable Found nearest(List<Times.Found> times, int at) {
        Times.Found best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (var f : times) {
            int d = f.start() >= at ? f.start() - at : at - f.end();
            if (d < bestDistance) {
                best = f;
                bestDistance = d;
            }
        }
        return best;
    }

    /** One event told twice (the same kind on the same day, at the same place) is one, with both passages. */
    private static List<Found> merge(List<Found> events) {
        var result = new ArrayList<Found>();
        for (var e : events) {
            var same = result.stream().filter(r -> r.kind().equals(e.kind()) && r.when() != null && e.when() != null
                    && java.util.Objects.equals(r.when().earliest(), e.when().earliest())
                    && java.util.Objects.equals(r.when().latest(), e.when().latest())
                    && r.status() == e.status()
                    && (r.place() == null || e.place() == null || r.place().id().equals(e.place().id()))).findFirst();
            if (same.isPresent()) {
                same.get().evidence().addAll(e.evidence());
                for (String id : e.participants()) {
                    if (!same.get().participants().contains(id)) {
                        same.get().participants().add(id);
                    }
                }
            } else {
                result.add(new Found(e.kind(), e.title(), e.status(), e.when(), e.place(), new ArrayList<>(e.participants()),
                        e.evidence(), e.confidence(), e.rule(), e.note()));
            }
        }
        return result;
    }
}
