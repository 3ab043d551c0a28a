package app.verbatim.draft;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An article as received: its body verbatim and what is known about it from outside the text.
 *
 * @param body      the text, kept exactly as given (every span of the draft points into it)
 * @param headline  the headline when it is known apart from the body; otherwise the body's
 *                  first line is taken for it
 * @param publisher who published it, when known; otherwise a publisher's name left at the foot of
 *                  the text (page furniture) is proposed, with a review item
 * @param url       where it was published
 * @param language  a BCP 47 tag; the drafter reads English ({@code en}, {@code en-GB}, …). For any
 *                  other language the draft has the text structure only, and a review item says so.
 *                  Without a tag the text is taken for English when it reads as English.
 * @param published the day of publication, a full date (JSON {@code "2017-04-03"}). Times the text
 *                  gives without a year ("April 3", "in May", "this year", "a few days ago") are
 *                  placed against it and marked {@code stated: false} with it as their source. When
 *                  only the month or the year is known, give no date: the draft then leaves such
 *                  times open ({@code earliest}/{@code latest} null) and lists them for review.
 */
public record DraftRequest(String body, @Nullable String headline, @Nullable String publisher, @Nullable String url,
                           @Nullable String language, @Nullable LocalDate published) {

    /** Just a text: what the plain-text form of the drafts resource and the command receive. */
    public static DraftRequest of(String body) {
        return new DraftRequest(body, null, null, null, null, null);
    }
}
