package app.verbatim.shared;

import java.util.Map;

/** Map look-ups whose key the caller knows to be there. */
public final class Maps {

    private Maps() {
    }

    /**
     * The value for a key that must be in the map, because the map was built from the very keys
     * being looked up (rows loaded by their ids, one list per enum constant, and so on). A missing
     * key is a bug, not bad input, and is reported as such rather than as a later null dereference.
     *
     * @param what what the values are, for the message ("article", "person key")
     */
    public static <K, V> V required(Map<K, V> map, K key, String what) {
        V value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + what + " for " + key + ", though it must be there");
        }
        return value;
    }
}
