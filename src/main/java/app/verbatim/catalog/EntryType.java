package app.verbatim.catalog;

/** What a catalog entry is; each has its own resource. */
public enum EntryType {
    PLACE("place"), ORGANIZATION("organization"), TOPIC("topic");

    private final String noun;

    EntryType(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
