package app.verbatim.draft;

/** TEMPORARY (draft-web): draft-app's record, until its branch is merged. */
public record ReviewItem(String path, double confidence, String rule, String note) {
}
