package app.verbatim.shared.web;

/** The media types the API speaks. JSON is the default; the others by content negotiation. */
public final class Formats {

    public static final String JSON = "application/json";
    public static final String JSON_LD = "application/ld+json";
    public static final String CSV = "text/csv";
    public static final String NINJS = "application/ninjs+json";
    public static final String NDJSON = "application/x-ndjson";
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private Formats() {
    }
}
