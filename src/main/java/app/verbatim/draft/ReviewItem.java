package app.verbatim.draft;

/**
 * One thing in a draft a person should check.
 *
 * @param path       where in the document: {@code quotes/3.speaker}, {@code people/1},
 *                   {@code events/0.when}, {@code notes/2}, {@code headline}, {@code language}
 *                   (list indexes from 0, as the document lists the records)
 * @param confidence how sure the drafter is of what it wrote there, 0 to 1
 * @param rule       the rule that wrote it, stable enough to count by ({@code speaker.pronoun})
 * @param note       what to look at, for a person
 */
public record ReviewItem(String path, double confidence, String rule, String note) {
}
