package app.verbatim.draft.attribution;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One attribution found in a text.
 *
 * @param kind DIRECT (words between quotation marks), INDIRECT (reported speech whose speaker the
 *     text names) or STANCE (a belief, intention or stand the text credits to someone, not speech:
 *     "Ryan endorsed Trump", "she hopes to win", "turnout is expected to rise"; only
 *     {@link AttributionFinder#findWithStances} gives these)
 * @param content the words said, in text order: for a direct quote the characters between the marks
 *     (marks excluded), one part per stretch (a split quote {@code "A," he said, "B."} has two, a quote
 *     running over paragraphs one per paragraph); for reported speech the clause reported, without a
 *     leading "that"
 * @param source the words naming the speaker ("the Azerbaijani President", "he"), when found
 * @param cue the speech verb or phrase ("stressed", "according to"), when found
 * @param confidence 0..1: how likely a reviewer is to keep the record as it is
 * @param rule a short stable id of the pattern that fired ({@code direct.said-after})
 * @param note what a reviewer should check, when there is something to check
 */
public record FoundAttribution(Kind kind, List<CharSpan> content, @Nullable CharSpan source, @Nullable CharSpan cue,
        double confidence, String rule, @Nullable String note) {

    public enum Kind { DIRECT, INDIRECT, STANCE }

    public FoundAttribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("An attribution has content");
        }
    }

    /** From the first content part's start to the last one's end. */
    public CharSpan contentHull() {
        return new CharSpan(content.getFirst().start(), content.getLast().end());
    }
}
