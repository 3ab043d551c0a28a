package app.verbatim.draft.pipeline;

import app.verbatim.article.ParagraphKind;
import app.verbatim.catalog.EntryInput;
import app.verbatim.catalog.EntryType;
import app.verbatim.draft.KnownEntities;
import app.verbatim.draft.ReviewItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Places and organizations: the gazetteer's, found by their aliases, and new ones proposed
 * from the shapes texts give them ("the new port of Kuryk", "the Baku-Tbilisi-Kars railway",
 * "the Ministry of Foreign Affairs", "the joint commission on … between A and B"). Each is linked
 * to the catalog's entry of the same id when there is one.
 */
public final class CatalogFinder {

    /** A mention: {@code [start, end)} in UTF-16 of the entry {@code id}. */
    public record Found(int start, int end, String id, boolean place) {
    }

    private static final String CAP = "\\p{Lu}[\\p{L}'’.]*(?:-\\p{Lu}?[\\p{L}'’]+)*";
    private static final Pattern PORT = Pattern.compile("\\b[Tt]he (?:new |sea |main )?(port|airport|harbou?r) of (" + CAP + ")");
    private static final Pattern INFRASTRUCTURE = Pattern.compile(
            "\\b[Tt]he ((?:\\p{Lu}[\\p{L}]+-)+\\p{Lu}[\\p{L}]+|\\p{Lu}[\\p{L}]+) (railway|railroad|pipeline|highway|motorway|bridge|corridor|canal|dam|airport|power plant)\\b");
    private static final String ORG_HEAD = "Ministry|Council|Commission|Committee|Parliament|Assembly|Bank|Union|Party|Agency|"
            + "Organi[sz]ation|Company|Corporation|Institute|University|Court|Fund|Federation|Association|Service|Office|Army|Police|"
            + "Airlines|Foundation|Authority|Senate|Congress|Duma|Cabinet";
    private static final Pattern ORG_HEAD_WORD = Pattern.compile("\\b(?:" + ORG_HEAD + ")\\b");
    private static final Pattern COMPLEMENT = Pattern.compile(" (?:of|for|on) (?:the )?" + CAP + "(?: (?:and )?" + CAP + ")*\\b");
    private static final Pattern COMMISSION = Pattern.compile(
            "\\b[Tt]he ((?:[a-z-]+ ){0,3})(commission|committee|council|working group) (?:on|for) ([a-z ,-]{3,80}?) between (" + CAP + ") and (" + CAP + ")");

    private final Body body;
    private final KnownEntities known;
    private final List<Found> found = new ArrayList<>();
    private final Map<String, Proposed> entries = new LinkedHashMap<>();

    private record Proposed(boolean place, String id, String name, @Nullable String kind, @Nullable String country,
                            boolean fromGazetteer) {
    }

    public CatalogFinder(Body body, Structure structure, KnownEntities known) {
        this.body = body;
        this.known = known;
        String text = body.text();
        var candidates = new ArrayList<Found>();
        var gazetteer = Gazetteer.get();
        Matcher m = gazetteer.aliasPattern().matcher(text);
        while (m.find()) {
            var e = gazetteer.byAlias(m.group());
            int start = m.start();
            if (!e.place() && start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)) {
                start -= 4;
            }
            candidates.add(new Found(start, m.end(), e.id(), e.place()));
            entries.putIfAbsent(key(e.place(), e.id()), new Proposed(e.place(), e.id(), e.name(), e.kind(), e.country(), true));
        }
        m = PORT.matcher(text);
        while (m.find()) {
            String name = capitalized(m.group(1)) + " of " + m.group(2);
            var country = countryNear(text, m.end());
            propose(candidates, m.start(), m.end(), true, Slugs.of(name), name, m.group(1).toLowerCase(java.util.Locale.ROOT), country);
        }
        m = INFRASTRUCTURE.matcher(text);
        while (m.find()) {
            if (gazetteer.country(m.group(1)) != null && !m.group(1).contains("-")) {
                continue; // "the Azerbaijan railway" is a country's network, not a named line
            }
            String name = m.group(1) + " " + m.group(2);
            propose(candidates, m.start(), m.end(), true, Slugs.of(name), name, m.group(2).replace(' ', '_'), null);
        }
        m = COMMISSION.matcher(text);
        while (m.find()) {
            String mention = m.group().substring(4);
            String name = capitalized(mention);
            String[] adjectives = m.group(1).strip().split(" ");
            String id = Slugs.of(m.group(4) + " " + m.group(5) + " " + adjectives[adjectives.length - 1] + " " + m.group(2));
            propose(candidates, m.start(), m.end(), false, id, name, m.group(2).replace(' ', '_'), null);
        }
        // Named organizations, found from their head word ("Ministry", "Council") outwards: a scan
        // for capitalized runs everywhere would cost more than the rest of the stage.
        m = ORG_HEAD_WORD.matcher(text);
        while (m.find()) {
            int start = m.start();
            // Capitalized words right before the head ("European Central Bank").
            while (start > 0) {
                int s = start - 1;
                if (s < 0 || text.charAt(s) != ' ') {
                    break;
                }
                int w = s;
                while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-' || text.charAt(w - 1) == '\'')) {
                    w--;
                }
                if (w == s || !Character.isUpperCase(text.charAt(w))) {
                    break;
                }
                start = w;
            }
            int end = m.end();
            var complement = COMPLEMENT.matcher(text).region(end, text.length());
            if (complement.lookingAt()) {
                end = complement.end();
            }
            String name = text.substring(start, end);
            if (name.startsWith("The ")) {
                name = name.substring(4);
            } else if (start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)) {
                start -= 4;
            }
            if (!Character.isUpperCase(name.charAt(0)) || name.matches("(?:" + ORG_HEAD + ")")) {
                continue; // a bare "Council" is a reference back, not a name
            }
            propose(candidates, start, end, false, Slugs.of(name), name, kindOf(name), null);
        }
        if (structure.publisher() != null) {
            String publisher = structure.publisher();
            int at = text.indexOf(publisher);
            while (at >= 0) {
                propose(candidates, at, at + publisher.length(), false, Slugs.of(publisher), publisher, "media", null);
                at = text.indexOf(publisher, at + publisher.length());
            }
        }
        // Longest first where mentions overlap; the gazetteer's and the shapes' alike.
        candidates.sort(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed().thenComparingInt(Found::start));
        for (var c : candidates) {
            boolean furniture = structure.blocks().stream().anyMatch(b -> b.contains(c.start()) && b.kind() == ParagraphKind.BOILERPLATE);
            if (furniture && c.place()) {
                continue;
            }
            if (found.stream().noneMatch(f -> f.start() < c.end() && c.start() < f.end())) {
                found.add(c);
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
    }

    private void propose(List<Found> candidates, int start, int end, boolean place, String id, String name,
                         @Nullable String kind, @Nullable String country) {
        candidates.add(new Found(start, end, id, place));
        entries.putIfAbsent(key(place, id), new Proposed(place, id, name, kind, country, false));
    }

    private static String key(boolean place, String id) {
        return (place ? "place:" : "org:") + id;
    }

    private static @Nullable String countryNear(String text, int at) {
        return null;
    }

    private static String kindOf(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.contains("ministry") || n.contains("cabinet") || n.contains("office")) {
            return "government";
        }
        if (n.contains("parliament") || n.contains("assembly") || n.contains("senate") || n.contains("congress") || n.contains("duma")) {
            return "legislature";
        }
        if (n.contains("bank")) {
            return "bank";
        }
        if (n.contains("party")) {
            return "party";
        }
        if (n.contains("university") || n.contains("institute")) {
            return "education";
        }
        if (n.contains("court")) {
            return "court";
        }
        if (n.contains("company") || n.contains("corporation") || n.contains("airlines")) {
            return "company";
        }
        return "organization";
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Every mention, in text order. */
    public List<Found> mentions() {
        return found;
    }

    /** Whether {@code [start, end)} overlaps a place or organization mention. */
    public boolean covers(int start, int end) {
        return found.stream().anyMatch(f -> f.start() < end && start < f.end());
    }

    public @Nullable Found placeAt(int start, int end) {
        return found.stream().filter(f -> f.place() && f.start() < end && start < f.end()).findFirst().orElse(null);
    }

    public List<EntryInput> places(List<ReviewItem> review) {
        return list(true, "places", review);
    }

    public List<EntryInput> organizations(List<ReviewItem> review) {
        return list(false, "organizations", review);
    }

    private List<EntryInput> list(boolean place, String path, List<ReviewItem> review) {
        record Listed(EntryInput entry, boolean proposed) {
        }
        var listed = new ArrayList<Listed>();
        for (var e : entries.values()) {
            if (e.place() != place) {
                continue;
            }
            var mentions = found.stream().filter(f -> f.place() == place && f.id().equals(e.id()))
                    .map(f -> body.span(f.start(), f.end())).toList();
            if (mentions.isEmpty()) {
                continue;
            }
            var stored = known.entry(place ? EntryType.PLACE : EntryType.ORGANIZATION, e.id());
            if (stored.isPresent()) {
                // The stored name is kept: an import writes the document's name over the catalog's.
                var s = stored.get();
                listed.add(new Listed(new EntryInput(s.id(), s.name(), s.kind(), s.country(), mentions), false));
            } else {
                listed.add(new Listed(new EntryInput(e.id(), e.name(), e.kind(), e.country(), mentions), !e.fromGazetteer()));
            }
        }
        // By first mention: a stable order, so the same text gives the same draft byte for byte.
        listed.sort(Comparator.comparingInt(x -> x.entry().mentions().getFirst().start()));
        for (int i = 0; i < listed.size(); i++) {
            var e = listed.get(i).entry();
            if (listed.get(i).proposed()) {
                review.add(new ReviewItem(path + "/" + i, 0.6, place ? "place.proposed" : "organization.proposed",
                        "A new %s \"%s\" (%s), proposed from the way the text names it; check its name and id."
                                .formatted(place ? "place" : "organization", e.name(), e.id())));
            }
        }
        return listed.stream().map(Listed::entry).toList();
    }
}
