package app.verbatim.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Who and what the corpus talks about: its people (invented), places, organizations and topics.
 * People are ordered by how often they are quoted: person 0 the most.
 */
final class World {

    enum Type { PLACE, ORGANIZATION, TOPIC }

    /** A catalog entry; {@code form} is how running text names it ("the Netherlands" for "Netherlands"). */
    static final class Entry {
        final Type type;
        final String slug;
        final String name;
        final String form;
        final @Nullable String kind;
        final @Nullable String country;
        long key;
        /** False when the database already had this entry (the seed's, or an earlier import's). */
        boolean insert = true;

        Entry(Type type, String slug, String name, String form, @Nullable String kind, @Nullable String country) {
            this.type = type;
            this.slug = slug;
            this.name = name;
            this.form = form;
            this.kind = kind;
            this.country = country;
        }
    }

    static final class Person {
        final String name;
        final String last;
        final boolean female;
        final String role;
        final @Nullable String country;
        /** "Finance Minister Amara Okafor": a first mention. */
        final String introduced;
        /** "Finance Minister Okafor", "Ms Okafor". */
        final String titled;
        /** "the finance minister", "the economist". */
        final String descriptor;
        final List<String> aliases;
        String slug;
        final int rank;
        long key;

        Person(int rank, String name, String last, boolean female, String role, @Nullable String country, String introduced,
               String titled, String descriptor, List<String> aliases, String slug) {
            this.rank = rank;
            this.name = name;
            this.last = last;
            this.female = female;
            this.role = role;
            this.country = country;
            this.introduced = introduced;
            this.titled = titled;
            this.descriptor = descriptor;
            this.aliases = aliases;
            this.slug = slug;
        }

        String pronoun() {
            return female ? "she" : "he";
        }
    }

    final List<Person> people;
    final List<Entry> countries = new ArrayList<>();
    final List<Entry> cities = new ArrayList<>();
    final List<Entry> ports = new ArrayList<>();
    final List<Entry> bodies = new ArrayList<>();
    final List<Entry> companies = new ArrayList<>();
    final List<Entry> media = new ArrayList<>();
    final List<Entry> topics = new ArrayList<>();
    /** Invented names of programmes, laws and projects: the long tail of the vocabulary. */
    final String[] projects;

    World(long seed, int peopleCount) {
        this.people = people(new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L), peopleCount);
        var countryByForm = new HashMap<String, Entry>();
        for (var c : Lexicon.COUNTRIES.rows) {
            String name = c[0].startsWith("the ") ? c[0].substring(4) : c[0];
            var country = new Entry(Type.PLACE, slug(name), name, c[0], "country", name);
            countries.add(country);
            countryByForm.put(c[0], country);
        }
        for (var c : Lexicon.CITIES.rows) {
            String name = c[0];
            String kind = c[1];
            var entry = new Entry(Type.PLACE, slug(name), name, name, kind, Objects.requireNonNull(countryByForm.get(c[2]), c[2]).name);
            cities.add(entry);
            if (kind.equals("port")) {
                ports.add(entry);
            }
        }
        for (var o : Lexicon.ORGANIZATIONS.rows) {
            var entry = new Entry(Type.ORGANIZATION, slug(o[0]), o[0], o[0], o[1], null);
            switch (o[1]) {
                case "company" -> companies.add(entry);
                case "media" -> media.add(entry);
                default -> bodies.add(entry);
            }
        }
        for (var t : Lexicon.TOPICS.words) {
            String bare = t.startsWith("the ") ? t.substring(4) : t;
            topics.add(new Entry(Type.TOPIC, slug(bare), Character.toUpperCase(bare.charAt(0)) + bare.substring(1), t, null, null));
        }
        this.projects = projects(new SplittableRandom(seed ^ 0x5DEECE66DL), 8000);
    }

    List<Entry> entries() {
        var all = new ArrayList<Entry>();
        all.addAll(countries);
        all.addAll(cities);
        all.addAll(bodies);
        all.addAll(companies);
        all.addAll(media);
        all.addAll(topics);
        return all;
    }

    private static List<Person> people(SplittableRandom random, int count) {
        int firsts = Lexicon.FEMALE_FIRST.words.length + Lexicon.MALE_FIRST.words.length;
        long combinations = (long) firsts * Lexicon.LAST.words.length;
        if (count > combinations * 27) {
            throw new IllegalArgumentException("verbatim.corpus.people: at most " + combinations * 27 + " people");
        }
        // Every (first, last) pair once, in an order drawn from the seed; middle initials after that.
        int[] order = new int[(int) combinations];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        var slugs = new java.util.HashSet<String>();
        var result = new ArrayList<Person>(count);
        for (int i = 0; i < count; i++) {
            int pair = order[i % order.length];
            int round = i / order.length;
            int f = pair / Lexicon.LAST.words.length;
            boolean female = f < Lexicon.FEMALE_FIRST.words.length;
            String first = female ? Lexicon.FEMALE_FIRST.words[f] : Lexicon.MALE_FIRST.words[f - Lexicon.FEMALE_FIRST.words.length];
            String last = Lexicon.LAST.words[pair % Lexicon.LAST.words.length];
            String name = round == 0 ? first + " " + last : first + " " + (char) ('A' + round - 1) + ". " + last;
            String slug = slug(name);
            for (int n = 2; !slugs.add(slug); n++) {
                slug = slug(name) + "-" + n;
            }
            result.add(person(random, i, name, first, last, female, slug));
        }
        return result;
    }

    private static Person person(SplittableRandom random, int rank, String name, String first, String last,
                                 boolean female, String slug) {
        String role;
        String country = null;
        String title;
        String descriptor;
        String[] offices = Lexicon.SENIOR_OFFICES.words;
        if (rank < 300) {
            String office = offices[rank % offices.length];
            country = country(rank / offices.length + random.nextInt(3));
            role = office + " of " + country;
            title = office.startsWith("Governor") || office.startsWith("Speaker") ? (female ? "Ms" : "Mr") : office;
            descriptor = "the " + office.toLowerCase(Locale.ROOT);
        } else {
            String r = Lexicon.OTHER_ROLES.any(random);
            if (random.nextInt(3) > 0) {
                country = country(random.nextInt(Lexicon.COUNTRIES.rows.length));
            }
            role = Character.toUpperCase(r.charAt(0)) + r.substring(1) + (country == null ? "" : " (" + country + ")");
            title = r.startsWith("doctor") || r.startsWith("professor") ? "Dr" : female ? "Ms" : "Mr";
            descriptor = "the " + r;
        }
        String titled = title + " " + last;
        String introduced = (title.equals("Ms") || title.equals("Mr") || title.equals("Dr") ? "" : title + " ") + name;
        // 1 to 4 aliases: the last name always, then the forms the texts use.
        var aliases = new LinkedHashSet<String>();
        aliases.add(last);
        int wanted = 1 + random.nextInt(4);
        var candidates = new ArrayList<String>();
        candidates.add(titled);
        String folded = fold(name);
        if (!folded.equals(name)) {
            candidates.add(folded);
        }
        String variant = transliterated(last);
        if (!variant.equals(last)) {
            candidates.add(first + " " + variant);
        }
        candidates.add(first.charAt(0) + ". " + last);
        candidates.add(introduced);
        for (var c : candidates) {
            if (aliases.size() >= wanted) {
                break;
            }
            if (!c.equals(name)) {
                aliases.add(c);
            }
        }
        return new Person(rank, name, last, female, role, country, introduced, titled, descriptor, List.copyOf(aliases), slug);
    }

    private static String country(int i) {
        String c = Lexicon.COUNTRIES.rows[i % Lexicon.COUNTRIES.rows.length][0];
        return c.startsWith("the ") ? c.substring(4) : c;
    }

    /** How another language's press might spell the name: Abdullayev → Abdullaev, Kuznetsova → Kouznetsova. */
    static String transliterated(String last) {
        String s = last;
        if (s.contains("yev")) {
            return s.replace("yev", "ev");
        }
        if (s.endsWith("ov")) {
            return s.substring(0, s.length() - 2) + "off";
        }
        if (s.contains("sh")) {
            return s.replace("sh", "ch");
        }
        if (s.contains("ch")) {
            return s.replace("ch", "tch");
        }
        if (s.endsWith("i")) {
            return s.substring(0, s.length() - 1) + "y";
        }
        return fold(s);
    }

    private static String[] projects(SplittableRandom random, int count) {
        String[] syllables = {"ka", "lo", "vi", "ra", "ne", "to", "mar", "sel", "dor", "vin", "ash", "bel", "cor", "dan",
                "el", "fen", "gar", "hol", "is", "jor", "kel", "lin", "mor", "nor", "or", "pel", "quin", "ros", "sar",
                "tal", "ul", "var", "wen", "yar", "zan", "bri", "sto", "tre", "ald", "ven"};
        var names = new LinkedHashSet<String>();
        while (names.size() < count) {
            int n = 2 + random.nextInt(2);
            var sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(syllables[random.nextInt(syllables.length)]);
            }
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            names.add(sb.toString());
        }
        return names.toArray(String[]::new);
    }

    /** Strips diacritics and the letters NFD leaves alone: "Łódź" → "Lodz", "Østergaard" → "Ostergaard". */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        var sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            switch (c) {
                case 'Ł' -> sb.append('L');
                case 'ł' -> sb.append('l');
                case 'Ø' -> sb.append('O');
                case 'ø' -> sb.append('o');
                case 'ß' -> sb.append("ss");
                case 'ı' -> sb.append('i');
                case 'Đ' -> sb.append('D');
                case 'đ' -> sb.append('d');
                case '’' -> sb.append('\'');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String slug(String s) {
        String folded = fold(s).toLowerCase(Locale.ROOT).replace("&", "and").replace("'", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
