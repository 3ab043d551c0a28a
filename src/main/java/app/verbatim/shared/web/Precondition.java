package app.verbatim.shared.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a write asks of the record's current state: an {@code If-Match} header, parsed. Either it
 * was not given (the write is refused with 428), or it is {@code *} (any existing record), or a
 * list of entity tags, one of which must be the record's ETag by strong comparison (RFC 9110
 * §13.1.1): a weak tag never matches. A list element that is not an entity tag matches nothing.
 */
public record Precondition(boolean given, boolean any, List<EntityTag> tags) {

    /** No {@code If-Match}: a write that needs one is refused. */
    public static final Precondition NONE = new Precondition(false, false, List.of());

    /** {@code If-Match: *}: any state of an existing record. */
    public static final Precondition ANY = new Precondition(true, true, List.of());

    public Precondition {
        tags = List.copyOf(tags);
    }

    /** An entity tag, {@code "opaque"} or {@code W/"opaque"}. */
    public record EntityTag(boolean weak, String opaque) {

        /** The tag as a header writes it. */
        @Override
        public String toString() {
            return (weak ? "W/" : "") + '"' + opaque + '"';
        }
    }

    /** The {@code If-Match} header's value, or {@link #NONE} when it is absent or blank. */
    public static Precondition ifMatch(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return NONE;
        }
        if (header.strip().equals("*")) {
            return ANY;
        }
        return new Precondition(true, false, parse(header));
    }

    /** A precondition that the record is in one of these states, as its ETags name them. */
    public static Precondition of(String... etags) {
        return ifMatch(String.join(", ", etags));
    }

    /** Whether a record whose ETag is {@code etag} meets this precondition (false when none was given). */
    public boolean matches(String etag) {
        if (any) {
            return given;
        }
        var current = parse(etag);
        if (current.size() != 1 || current.getFirst().weak()) {
            return false;
        }
        return tags.stream().anyMatch(t -> !t.weak() && t.opaque().equals(current.getFirst().opaque()));
    }

    /** The entity tags of a comma-separated list; what is not one is skipped up to the next comma. */
    static List<EntityTag> parse(String list) {
        var tags = new ArrayList<EntityTag>();
        int i = 0;
        int n = list.length();
        while (i < n) {
            char c = list.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = list.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            int close = open < n && list.charAt(open) == '"' ? list.indexOf('"', open + 1) : -1;
            int end = close < 0 ? -1 : close + 1;
            if (end > 0 && (end == n || isSeparator(list, end))) {
                tags.add(new EntityTag(weak, list.substring(open + 1, close)));
                i = end;
            } else {
                int comma = list.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
            }
        }
        return tags;
    }

    /** Whether only blanks stand between {@code from} and the next comma or the end. */
    private static boolean isSeparator(String list, int from) {
        for (int j = from; j < list.length(); j++) {
            char c = list.charAt(j);
            if (c == ',') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
