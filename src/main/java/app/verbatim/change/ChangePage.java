package app.verbatim.change;

import java.util.List;

/**
 * A page of the change log and the cursor to ask with next ({@code after=next}): the last item's,
 * or the one asked with when nothing new has become visible. {@code more} says whether the log
 * already holds more after this page (ask again at once) or not (ask again later).
 */
public record ChangePage(List<Change> items, String next, boolean more) {
}
