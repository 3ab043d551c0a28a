package app.verbatim.draft.pipeline;

import app.verbatim.article.ParagraphKind;
import app.verbatim.draft.KnownEntities;
import app.verbatim.draft.ReviewItem;
import app.verbatim.draft.attribution.CharSpan;
import app.verbatim.draft.nlp.AnalyzedText;
import app.verbatim.person.PersonInput;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The people of an article: every mention the text makes of a person (full names with their
 * titles, surnames, patronymic forms, descriptions such as "the Azerbaijani President"), grouped
 * into people, and the speaker of each quote resolved to one of them (pronouns to the nearest
 * person they can refer to). People Verbatim already has are linked by name or alias.
 */
public final class Cast {

    /** How a mention names its person. */
    enum Form { FULL_NAME, SURNAME, PATRONYMIC, DESCRIPTION }

    /** A mention, {@code [start, end)} in UTF-16; {@code title} and {@code country} as it gives them. */
    record Mention(int start, int end, Form form, List<String> nameWords, @Nullable String office,
                   @Nullable String country, @Nullable Character gender, boolean inQuote) {

        String text(Body body) {
            return body.slice(start, end);
        }
    }

    /** A person in the making. */
    static final class Person {
        String name;
        List<String> nameWords;
        @Nullable String office;
        @Nullable String country;
        @Nullable Character gender;
        final List<Mention> mentions = new ArrayList<>();
        String id = "";
        @Nullable String linkedName;
        @Nullable String linkedRole;
        @Nullable String linkedCountry;
        /** For a speaker the text does not name: the article (its headline's slug) the id is scoped to. */
        @Nullable String unnamedIn;

        Person(List<String> nameWords) {
            this.nameWords = nameWords;
            this.name = String.join(" ", nameWords);
        }

        String surname() {
            return nameWords.getLast();
        }

        String first() {
            return nameWords.getFirst();
        }

        @Nullable String role() {
            if (linkedName != null) {
                return linkedRole != null ? linkedRole : roleOf(office, country);
            }
            return roleOf(office, country);
        }

        int firstMention() {
            return mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
        }
    }

    /** Who a quote's source names, how sure that is and why. */
    public record Speaker(String personId, double confidence, String rule, String note) {
    }

    private static final String NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
    /** Titles written short, with their full stop: "Mr. Hale", "Sen. Laura Kim". */
    private static final String SHORT_TITLE = "(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen|Col|Lt|Capt|Prof|Sgt|Rev)\\.";
    private static final Pattern NAME_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:" + SHORT_TITLE + "|" + NAME_WORD + "|\\p{Lu}\\.)(?:[ \\u00A0](?:(?:de|van|von|der|den|bin|ibn|al|el|da|di|du|la|le) )?(?:"
                    + SHORT_TITLE + "|" + NAME_WORD + "|\\p{Lu}\\.))*(?![\\p{L}\\p{N}])");
    private static final Pattern PATRONYMIC = Pattern.compile(".*(?:ovich|evich|ovna|evna|ich|ichna|oglu|ogly|qizi|kyzy)$");
    private static final Set<String> PRONOUNS = Set.of("he", "him", "his", "she", "her", "himself", "herself");

    private final Body body;
    private final AnalyzedText analyzed;
    private final Structure structure;
    private final CatalogFinder catalog;
    private final List<int[]> quotations;
    private final KnownEntities known;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<Mention, Person> personOf = new LinkedHashMap<>();
    private final Map<Mention, Double> sureness = new LinkedHashMap<>();
    private final List<PersonReview> pending = new ArrayList<>();

    /** A review item about a person, whose index is known once the people are listed. */
    private record PersonReview(Person person, double confidence, String rule, String note) {
    }
    private final Set<Person> speakers = new LinkedHashSet<>();
    private boolean linked;

    public Cast(Body body, AnalyzedText analyzed, Structure structure, CatalogFinder catalog, List<int[]> quotations,
                KnownEntities known) {
        this.body = body;
        this.analyzed = analyzed;
        this.structure = structure;
        this.catalog = catalog;
        this.quotations = quotations;
        this.known = known;
        findMentions();
        groupIntoPeople();
    }

    // ---- mentions ----------------------------------------------------------------------------

    private void findMentions() {
        String text = body.text();
        var gazetteer = Gazetteer.get();
        Matcher m = NAME_RUN.matcher(text);
        var taken = new ArrayList<int[]>();
        while (m.find()) {
            if (inFurniture(m.start())) {
                continue;
            }
            // Split the run into words and read it left to right: [demonym] [title…] [name…].
            var words = new ArrayList<int[]>();
            var w = Pattern.compile("\\S+").matcher(m.group());
            while (w.find()) {
                words.add(new int[] {m.start() + w.start(), m.start() + w.end()});
            }
            int i = 0;
            String country = null;
            var office = new ArrayList<String>();
            Character gender = null;
            int start = words.getFirst()[0];
            // Words a sentence opens with are not names ("Another", "According").
            // Quoted words are a title or a term ("Blue Hours"), not a person.
            if (m.start() > 0 && "\"“«‘'".indexOf(text.charAt(m.start() - 1)) >= 0 && m.end() < text.length()
                    && "\"”»’'".indexOf(text.charAt(m.end())) >= 0) {
                continue;
            }
            while (i < words.size() && (Lexicon.NOT_NAMES.contains(word(words.get(i))) || commonAtSentenceStart(words.get(i)))
                    && !Lexicon.isTitle(word(words.get(i))) && !gazetteer.isDemonym(word(words.get(i)))) {
                i++;
                if (i < words.size()) {
                    start = words.get(i)[0];
                }
            }
            if (i < words.size() && gazetteer.isDemonym(word(words.get(i))) && i + 1 < words.size() && Lexicon.isTitle(word(words.get(i + 1)))) {
                country = Objects.requireNonNull(gazetteer.countryOfDemonym(word(words.get(i)))).name();
                i++;
            }
            while (i < words.size() && Lexicon.isTitle(word(words.get(i)))) {
                String t = word(words.get(i));
                office.add(t);
                if (Lexicon.MALE_TITLES.contains(t)) {
                    gender = 'm';
                } else if (Lexicon.FEMALE_TITLES.contains(t)) {
                    gender = 'f';
                }
                i++;
            }
            int nameFrom = i;
            var name = new ArrayList<String>();
            int end = start;
            while (i < words.size()) {
                int[] word = words.get(i);
                String wt = word(word);
                if (Lexicon.NOT_NAMES.contains(wt) || gazetteer.isDemonym(wt) || catalog.covers(word[0], word[1])) {
                    break;
                }
                String bare = wt.replaceFirst("['’]s$", "");
                name.add(bare);
                end = word[0] + bare.length();
                i++;
                if (!bare.equals(wt)) {
                    break; // a possessive ends the name
                }
            }
            String officeText = office.isEmpty() ? null : officeOf(office);
            // "the Azerbaijani President" / "the President of Kazakhstan": a description, with "the".
            int before = start;
            if (start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4) && (name.isEmpty() || country != null)) {
                before = start - 4;
            }
            if (name.isEmpty()) {
                if (officeText == null || !Lexicon.OFFICES.contains(officeText.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int descEnd = words.get(nameFrom - 1)[1];
                var of = Pattern.compile("^ of (?:the )?(" + NAME_WORD + "(?: " + NAME_WORD + ")*)").matcher(text.substring(descEnd));
                if (of.find() && gazetteer.country(of.group(1)) != null) {
                    country = of.group(1);
                    descEnd += of.end();
                }
                if (before == start && !(start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4))) {
                    continue; // "President" with neither a name nor "the" is a word, not a person
                }
                if (before == start) {
                    before = start - 4;
                }
                add(new Mention(before, descEnd, Form.DESCRIPTION, List.of(), officeText, country, gender, inQuote(before)), taken);
                continue;
            }
            if (name.size() == 1 && officeText == null && country == null) {
                add(new Mention(start, end, Form.SURNAME, List.copyOf(name), null, null, gender, inQuote(start)), taken);
            } else if (name.size() == 2 && PATRONYMIC.matcher(name.get(1)).matches() && officeText == null) {
                add(new Mention(start, end, Form.PATRONYMIC, List.copyOf(name), null, null, gender, inQuote(start)), taken);
            } else {
                var form = name.size() == 1 ? Form.SURNAME : Form.FULL_NAME;
                add(new Mention(before, end, form, List.copyOf(name), officeText, country, gender, inQuote(before)), taken);
            }
        }
        // Lower-case descriptions: "the president said", "the foreign minister".
        var lower = Pattern.compile("\\b([Tt]he) (?:(\\p{Lu}\\p{L}+) )?((?:prime |foreign |defen[cs]e |interior |finance )?minister|president|spokesman|spokeswoman|spokesperson|mayor|governor|ambassador|chancellor|premier)\\b(?: of (?:the )?(\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)*))?")
                .matcher(text);
        while (lower.find()) {
            if (inFurniture(lower.start()) || taken.stream().anyMatch(t -> t[0] < lower.end() && lower.start() < t[1])) {
                continue;
            }
            var demonym = lower.group(2) == null ? null : gazetteer.countryOfDemonym(lower.group(2));
            String country = demonym == null ? null : demonym.name();
            int end = lower.end(3);
            if (lower.group(4) != null && gazetteer.country(lower.group(4)) != null) {
                country = lower.group(4);
                end = lower.end(4);
            }
            if (lower.group(2) != null && country == null) {
                continue;
            }
            String office = capitalizedWords(lower.group(3));
            add(new Mention(lower.start(), end, Form.DESCRIPTION, List.of(), office, country, null, inQuote(lower.start())), taken);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
    }

    private void add(Mention mention, List<int[]> taken) {
        if (taken.stream().anyMatch(t -> t[0] < mention.end() && mention.start() < t[1])) {
            return;
        }
        taken.add(new int[] {mention.start(), mention.end()});
        mentions.add(mention);
    }

    private static final Map<String, String> SHORT_TITLES = Map.of("Sen.", "Senator", "Gov.", "Governor", "Rep.", "Representative",
            "Gen.", "General", "Lt.", "Lieutenant", "Capt.", "Captain", "Prof.", "Professor", "Sgt.", "Sergeant", "Rev.", "Reverend",
            "Col.", "Colonel");

    private static String officeOf(List<String> written) {
        var words = written.stream().map(w -> SHORT_TITLES.getOrDefault(w, w)).toList();
        var kept = words.stream().filter(w -> !Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mister", "Dr", "Dr.",
                "Sir", "Dame", "Lord", "Lady", "Madam").contains(w)).toList();
        return kept.isEmpty() ? String.join(" ", words) : String.join(" ", kept);
    }

    /**
     * A capitalized word that opens a sentence, is tagged as anything but a proper noun, and is
     * not written capitalized anywhere else in the text ("Reyes" after "Tom Reyes" is a name).
     */
    private final Map<String, Boolean> writtenCapitalizedInside = new java.util.HashMap<>();

    private boolean commonAtSentenceStart(int[] w) {
        if (!atSentenceStart(w[0])) {
            return false;
        }
        String word = word(w);
        if (writtenCapitalizedInside.computeIfAbsent(word, this::capitalizedInsideASentence)) {
            return false;
        }
        for (var sentence : analyzed.sentences()) {
            if (sentence.start() == w[0] || sentence.start() + 1 == w[0] && "\"“«".indexOf(body.text().charAt(sentence.start())) >= 0) {
                var tokens = analyzed.tokens();
                for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                    if (tokens.get(t).start() == w[0]) {
                        String pos = tokens.get(t).pos();
                        return !pos.startsWith("PROPN") && !pos.equals("X");
                    }
                }
            }
        }
        return false;
    }

    private boolean capitalizedInsideASentence(String word) {
        var elsewhere = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(body.text());
        while (elsewhere.find()) {
            if (!atSentenceStart(elsewhere.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean atSentenceStart(int at) {
        if (sentenceStarts.isEmpty()) {
            for (var sentence : analyzed.sentences()) {
                sentenceStarts.add(sentence.start());
                if ("\"“«".indexOf(body.text().charAt(sentence.start())) >= 0) {
                    sentenceStarts.add(sentence.start() + 1);
                }
            }
        }
        return sentenceStarts.contains(at);
    }

    private final Set<Integer> sentenceStarts = new java.util.HashSet<>();

    private String word(int[] w) {
        return body.slice(w[0], w[1]);
    }

    private boolean inFurniture(int at) {
        return structure.blocks().stream().anyMatch(b -> b.contains(at) && b.kind() == ParagraphKind.BOILERPLATE);
    }

    private boolean inQuote(int at) {
        return quotations.stream().anyMatch(q -> q[0] <= at && at < q[1]);
    }

    // ---- people ------------------------------------------------------------------------------

    private void groupIntoPeople() {
        // Full names make people; everything else refers to them.
        for (var m : mentions) {
            if (m.form() == Form.FULL_NAME) {
                var person = people.stream().filter(p -> sameName(p.nameWords, m.nameWords())).findFirst().orElse(null);
                if (person == null) {
                    person = new Person(m.nameWords());
                    people.add(person);
                } else if (m.nameWords().size() > person.nameWords.size()) {
                    person.nameWords = m.nameWords();
                    person.name = String.join(" ", m.nameWords());
                }
                assign(m, person, 0.95);
            }
        }
        // Titled surnames that match no full name make people of their own ("Mr Smith").
        for (var m : mentions) {
            if (m.form() == Form.SURNAME && m.office() != null && bySurname(m.nameWords().getFirst()).isEmpty()) {
                var person = new Person(m.nameWords());
                people.add(person);
            }
        }
        for (var m : mentions) {
            if (m.form() == Form.SURNAME) {
                var candidates = bySurname(m.nameWords().getFirst());
                if (candidates.isEmpty()) {
                    continue; // a lone capitalized word: a person only if a quote names them as its speaker
                }
                var chosen = nearest(candidates, m);
                assign(m, chosen, candidates.size() == 1 ? 0.9 : 0.5);
                if (candidates.size() > 1) {
                    pending.add(new PersonReview(chosen, 0.5, "person.same_surname",
                            "\"%s\" could be %s; taken for %s, the nearest."
                                    .formatted(m.text(body), candidates.stream().map(p -> p.name).collect(Collectors.joining(" or ")), chosen.name)));
                }
            }
        }
        for (var m : mentions) {
            if (m.form() == Form.PATRONYMIC) {
                var candidates = people.stream().filter(p -> p.nameWords.size() > 1 && p.first().equals(m.nameWords().getFirst())).toList();
                if (candidates.isEmpty()) {
                    var person = new Person(m.nameWords());
                    people.add(person);
                    assign(m, person, 0.6);
                } else {
                    var chosen = nearest(candidates, m);
                    assign(m, chosen, candidates.size() == 1 ? 0.7 : 0.4);
                }
            }
        }
        for (var m : mentions) {
            if (m.form() == Form.DESCRIPTION) {
                var match = byRole(m);
                if (match != null) {
                    assign(m, match.person, match.confidence);
                }
            }
        }
    }

    private record RoleMatch(Person person, double confidence) {
    }

    /** The person a description fits: the same office (and country, when it gives one). */
    private @Nullable RoleMatch byRole(Mention m) {
        String office = Objects.requireNonNull(m.office()).toLowerCase(Locale.ROOT);
        var fitting = people.stream().filter(p -> p.office != null && p.office.toLowerCase(Locale.ROOT).endsWith(office)
                && (m.country() == null || m.country().equals(p.country))).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        if (fitting.size() == 1) {
            return new RoleMatch(fitting.getFirst(), m.country() != null ? 0.85 : 0.75);
        }
        return new RoleMatch(nearestSpeaker(fitting, m), 0.5);
    }

    private void assign(Mention m, Person p, double confidence) {
        personOf.put(m, p);
        sureness.put(m, confidence);
        p.mentions.add(m);
        if (m.office() != null && p.office == null) {
            p.office = m.office();
        }
        if (m.country() != null && p.country == null) {
            p.country = m.country();
        }
        if (m.gender() != null && p.gender == null) {
            p.gender = m.gender();
        }
    }

    private List<Person> bySurname(String word) {
        return people.stream().filter(p -> p.surname().equals(word) || p.nameWords.size() > 1 && p.first().equals(word)
                && people.stream().noneMatch(q -> q.surname().equals(word))).toList();
    }

    /** The candidate mentioned closest before the mention (after it, when none is before). */
    private Person nearest(List<Person> candidates, Mention m) {
        Person best = null;
        int bestAt = Integer.MIN_VALUE;
        for (var p : candidates) {
            for (var pm : p.mentions) {
                if (pm.start() < m.start() && pm.start() > bestAt) {
                    best = p;
                    bestAt = pm.start();
                }
            }
        }
        if (best != null) {
            return best;
        }
        return candidates.stream().min(Comparator.comparingInt(Person::firstMention)).orElseThrow();
    }

    /** Of several who fit, the one quoted last before the mention; else the nearest mentioned. */
    private Person nearestSpeaker(List<Person> candidates, Mention m) {
        Person best = null;
        int bestAt = Integer.MIN_VALUE;
        for (var p : candidates) {
            for (var pm : p.mentions) {
                if (!pm.inQuote() && pm.start() < m.start() && pm.start() > bestAt && speakers.contains(p)) {
                    best = p;
                    bestAt = pm.start();
                }
            }
        }
        return best != null ? best : nearest(candidates, m);
    }

    private static boolean sameName(List<String> a, List<String> b) {
        if (!a.getLast().equals(b.getLast())) {
            return false;
        }
        // "Ilham Aliyev" and "Ilham Heydar oglu Aliyev" are one; "Ilham Aliyev" and "Heydar Aliyev" two.
        return a.getFirst().equals(b.getFirst()) || a.getFirst().length() <= 2 && b.getFirst().startsWith(a.getFirst().substring(0, 1))
                || b.getFirst().length() <= 2 && a.getFirst().startsWith(b.getFirst().substring(0, 1));
    }

    // ---- speakers ----------------------------------------------------------------------------

    /**
     * The person a quote's source names: the mention at the source, or for a pronoun the nearest
     * person before it it can refer to (by gender, when the text shows one), not counting people
     * named inside quotations. Null when the source names no one (plural, "sources").
     */
    public @Nullable Speaker speakerOf(CharSpan source, List<CharSpan> content) {
        String text = body.slice(source.start(), source.end()).strip();
        String lower = text.toLowerCase(Locale.ROOT);
        var at = mentions.stream().filter(m -> m.start() < source.end() && source.start() < m.end()).toList();
        for (var m : at) {
            var p = personOf.get(m);
            if (p != null) {
                speakers.add(p);
                notInOwnQuote(p, content);
                double c = sureness.getOrDefault(m, 0.5);
                String rule = switch (m.form()) {
                    case FULL_NAME -> "speaker.name";
                    case SURNAME -> "speaker.surname";
                    case PATRONYMIC -> "speaker.patronymic";
                    case DESCRIPTION -> "speaker.description";
                };
                return new Speaker(id(p), c, rule, c < 0.8
                        ? "\"%s\" is taken for %s; check.".formatted(text, p.name) : "");
            }
        }
        if (PRONOUNS.contains(lower)) {
            return pronoun(source, lower, content);
        }
        // A name the text uses only here, as a speaker ("Smith said"): a person of its own.
        for (var m : at) {
            if (m.form() == Form.SURNAME || m.form() == Form.DESCRIPTION) {
                Person p;
                if (m.form() == Form.SURNAME) {
                    var same = people.stream().filter(q -> q.nameWords.equals(m.nameWords())).findFirst();
                    if (same.isPresent()) {
                        assign(m, same.get(), 0.6);
                        speakers.add(same.get());
                        return new Speaker(id(same.get()), 0.6, "speaker.surname_only",
                                "\"%s\" is named only by this word; check it is a person and give the full name.".formatted(text));
                    }
                    p = new Person(m.nameWords());
                } else {
                    // "the spokesman": no name, so an id of this article's own; it must never merge
                    // with every other unnamed spokesman in Verbatim. The same words again are the same person.
                    String office = text.replaceFirst("^(?i)the ", "");
                    var same = people.stream().filter(q -> q.unnamedIn != null
                            && q.name.equals("Unnamed " + office.toLowerCase(Locale.ROOT))).findFirst();
                    if (same.isPresent()) {
                        assign(m, same.get(), 0.3);
                        return new Speaker(id(same.get()), 0.3, "speaker.unnamed",
                                "\"%s\" is not named; the speaker is recorded by this description. Name them or drop the quote.".formatted(text));
                    }
                    p = new Person(List.of("Unnamed " + office.toLowerCase(Locale.ROOT)));
                    p.unnamedIn = Slugs.of(structure.headline());
                    p.office = capitalizedWords(office);
                }
                people.add(p);
                assign(m, p, m.form() == Form.SURNAME ? 0.6 : 0.3);
                speakers.add(p);
                return new Speaker(id(p), m.form() == Form.SURNAME ? 0.6 : 0.3, m.form() == Form.SURNAME
                        ? "speaker.surname_only" : "speaker.unnamed",
                        m.form() == Form.SURNAME ? "\"%s\" is named only by this word; check it is a person and give the full name.".formatted(text)
                                : "\"%s\" is not named; the speaker is recorded by this description. Name them or drop the quote.".formatted(text));
            }
        }
        return null;
    }

    /**
     * A speaker does not name themselves by a short form inside their own words: "Ivan
     * Sergeyevich has done more …," Sokolov said is about the other Ivan. Such a mention moves to
     * the one other person it fits, when there is exactly one.
     */
    private void notInOwnQuote(Person speaker, List<CharSpan> content) {
        for (var m : List.copyOf(speaker.mentions)) {
            if ((m.form() != Form.PATRONYMIC && m.form() != Form.SURNAME)
                    || content.stream().noneMatch(c -> c.start() <= m.start() && m.end() <= c.end())) {
                continue;
            }
            var others = (m.form() == Form.PATRONYMIC
                    ? people.stream().filter(p -> p.nameWords.size() > 1 && p.first().equals(m.nameWords().getFirst()))
                    : bySurname(m.nameWords().getFirst()).stream()).filter(p -> p != speaker).toList();
            if (others.size() == 1) {
                speaker.mentions.remove(m);
                personOf.put(m, others.getFirst());
                others.getFirst().mentions.add(m);
                sureness.put(m, 0.6);
            }
        }
    }

    private @Nullable Speaker pronoun(CharSpan source, String pronoun, List<CharSpan> content) {
        Character gender = Lexicon.MALE_PRONOUNS.contains(pronoun) ? Character.valueOf('m') : Character.valueOf('f');
        // Nearest first, outside quotations; people named inside someone's quote only when none is outside.
        var before = mentions.stream().filter(m -> m.end() <= source.start() && personOf.containsKey(m)
                        && compatible(personOf.get(m), gender))
                .sorted(Comparator.comparingInt(Mention::start).reversed()).toList();
        var outside = before.stream().filter(m -> !m.inQuote()).toList();
        var pool = outside.isEmpty() ? before : outside;
        if (pool.isEmpty()) {
            return null;
        }
        // The pool holds linked mentions only.
        var first = Objects.requireNonNull(personOf.get(pool.getFirst()));
        var rival = pool.stream().map(personOf::get).filter(p -> p != first).findFirst().orElse(null);
        double confidence = 0.85;
        String note = "";
        if (rival != null) {
            int firstAt = pool.getFirst().start();
            int rivalAt = pool.stream().filter(m -> personOf.get(m) == rival).findFirst().orElseThrow().start();
            boolean sameSentence = sentenceOf(firstAt) == sentenceOf(rivalAt);
            boolean close = source.start() - rivalAt < 2 * (source.start() - firstAt) || sameSentence;
            if (close) {
                confidence = 0.55;
                note = "\"%s\" could be %s or %s; taken for %s, the nearest.".formatted(body.slice(source.start(), source.end()),
                        first.name, rival.name, first.name);
            }
        }
        speakers.add(first);
        notInOwnQuote(first, content);
        return new Speaker(id(first), confidence, "speaker.pronoun", note.isEmpty()
                ? "\"%s\" is taken for %s, the nearest person before it.".formatted(body.slice(source.start(), source.end()), first.name) : note);
    }

    private int sentenceOf(int at) {
        var sentences = analyzed.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            if (at < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size();
    }

    private static boolean compatible(Person p, Character gender) {
        Character known = p.gender;
        if (known == null && p.nameWords.size() > 1) {
            known = Lexicon.FEMALE_NAMES.contains(p.first()) ? Character.valueOf('f')
                    : Lexicon.MALE_NAMES.contains(p.first()) ? Character.valueOf('m') : null;
        }
        return known == null || known.equals(gender);
    }

    // ---- ids and linking -----------------------------------------------------------------------

    private String id(Person p) {
        link();
        return p.id;
    }

    /**
     * Ids once for every person: a stored person's when the name is theirs, a new slug otherwise.
     * A person found after the first id was asked for (a later quote's speaker) gets theirs at
     * the next call; those already given keep theirs.
     */
    private void link() {
        if (linked && people.stream().noneMatch(p -> p.id.isEmpty())) {
            return;
        }
        linked = true;
        var taken = new LinkedHashSet<String>();
        people.stream().filter(p -> !p.id.isEmpty()).forEach(p -> taken.add(p.id));
        for (var p : people) {
            if (!p.id.isEmpty()) {
                continue;
            }
            var stored = p.unnamedIn == null ? storedMatch(p) : null;
            if (stored != null && !taken.contains(stored.person().id())) {
                p.id = stored.person().id();
                p.linkedName = stored.person().name();
                p.linkedRole = stored.person().role();
                p.linkedCountry = stored.person().country();
                if (stored.score() < 1.0) {
                    pending.add(new PersonReview(p, stored.score(), "person.near_match",
                            "\"%s\" is linked to %s (%s), who is in Verbatim under a close name (similarity %.2f); check it is the same person."
                                    .formatted(p.name, stored.person().name(), stored.person().id(), stored.score())));
                }
            } else {
                String base = p.unnamedIn == null ? Slugs.of(p.name) : Slugs.of(p.name + " " + p.unnamedIn);
                if (base.length() > 110) {
                    base = base.substring(0, 110).replaceAll("-[^-]*$", "");
                }
                String id = base;
                for (int n = 2; taken.contains(id); n++) {
                    id = base + "-" + n;
                }
                p.id = id;
                if (p.unnamedIn == null && (stored != null || p.nameWords.size() == 1)) {
                    pending.add(new PersonReview(p, 0.5, p.nameWords.size() == 1 ? "person.one_name" : "person.possible_duplicate",
                            p.nameWords.size() == 1 ? "\"%s\" is known only by one name here; check and give the full name.".formatted(p.name)
                                    : "\"%s\" is a new person, though Verbatim holds someone with a close name; check.".formatted(p.name)));
                }
            }
            taken.add(p.id);
        }
    }

    private record Stored(KnownEntities.KnownPerson person, double score) {
    }

    /**
     * A stored person is the same when the name or one of their aliases is this person's name
     * (or an alias the text writes) exactly, ignoring case and accents: linked, nothing to review.
     * When none is, the closest by trigram similarity counts if it reaches {@value #NEAR}, and is
     * listed for review with its score; below that the person is new.
     */
    private @Nullable Stored storedMatch(Person p) {
        var names = new LinkedHashSet<String>();
        names.add(p.name);
        p.mentions.stream().filter(m -> m.form() == Form.FULL_NAME).forEach(m -> names.add(String.join(" ", m.nameWords())));
        Stored best = null;
        for (String name : names) {
            for (var candidate : known.peopleNamed(name)) {
                var forms = new ArrayList<String>();
                forms.add(candidate.name());
                forms.addAll(candidate.aliases());
                double score = 0;
                for (String form : forms) {
                    double s = normal(form).equals(normal(name)) ? 1.0 : Trigrams.similarity(normal(form), normal(name));
                    score = Math.max(score, s);
                }
                if (score >= NEAR && (best == null || score > best.score())) {
                    best = new Stored(candidate, score);
                }
            }
        }
        if (best != null && best.score() < 1.0 && p.nameWords.size() == 1) {
            return null; // one word near another is too weak to link
        }
        return best;
    }

    private static final double NEAR = 0.6;

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** The people, in order of first mention, and what to review about them. */
    public List<PersonInput> people(List<ReviewItem> review) {
        link();
        var listed = people.stream().filter(p -> !p.mentions.isEmpty()).sorted(Comparator.comparingInt(Person::firstMention)).toList();
        var index = new LinkedHashMap<String, Integer>();
        for (int i = 0; i < listed.size(); i++) {
            index.put(listed.get(i).id, i);
        }
        for (var r : pending) {
            int i = listed.indexOf(r.person());
            if (i >= 0) {
                review.add(new ReviewItem("people/" + i, r.confidence(), r.rule(), r.note()));
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            var p = listed.get(i);
            for (var m : p.mentions) {
                if (m.form() == Form.PATRONYMIC) {
                    long fitting = people.stream().filter(q -> q.nameWords.size() > 1 && q.first().equals(m.nameWords().getFirst())).count();
                    review.add(new ReviewItem("people/" + i, fitting == 1 ? 0.7 : 0.4, "person.patronymic",
                            fitting == 1 ? "\"%s\" (a given name and patronymic) is taken for %s, the one person of that given name here."
                                    .formatted(m.text(body), p.name)
                                    : "\"%s\" (a given name and patronymic) could be any of %d people named %s; taken for %s."
                                    .formatted(m.text(body), fitting, m.nameWords().getFirst(), p.name)));
                }
            }
        }
        var result = new ArrayList<PersonInput>();
        for (var p : listed) {
            var ms = p.mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
            var aliases = new LinkedHashSet<String>();
            ms.forEach(m -> aliases.add(m.text(body).replaceFirst("^The ", "the ")));
            aliases.add(p.name);
            String name = p.linkedName != null ? p.linkedName : p.name;
            String country = p.linkedName != null && p.linkedCountry != null ? p.linkedCountry : p.country;
            result.add(new PersonInput(p.id, name, p.role(), country, List.copyOf(aliases), null,
                    ms.stream().map(m -> body.span(m.start(), m.end())).toList()));
        }
        return result;
    }

    /** The surname by which the text names a person (or their whole name), for titles. */
    public String shortName(String id) {
        return people.stream().filter(p -> p.id.equals(id)).findFirst().map(p -> p.nameWords.size() > 1 ? p.surname() : p.name).orElse(id);
    }

    /** Mentions of a person in {@code [start, end)}, by id: an event's participants. */
    public List<String> peopleIn(int start, int end) {
        link();
        var ids = new LinkedHashSet<String>();
        for (var m : mentions) {
            var person = personOf.get(m);
            if (person != null && m.start() >= start && m.end() <= end) {
                ids.add(person.id);
            }
        }
        return List.copyOf(ids);
    }

    static @Nullable String roleOf(@Nullable String office, @Nullable String country) {
        if (office == null) {
            return null;
        }
        String o = office.replaceAll("^(?:Mr|Mrs|Ms|Dr)\\.? ?", "");
        if (o.isEmpty()) {
            return null;
        }
        return country == null ? o : o + " of " + country;
    }

    private static String capitalizedWords(String s) {
        return Pattern.compile("\\b\\p{Ll}").matcher(s).replaceAll(r -> r.group().toUpperCase(Locale.ROOT));
    }
}
