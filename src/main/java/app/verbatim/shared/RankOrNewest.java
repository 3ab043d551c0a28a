package app.verbatim.shared;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule of the full-text searches (quotes, articles): a query left to the service's order
 * is ranked by relevance when it matches at most {@code verbatim.search.ranked-at-most} records
 * (1 000 by default), and answered newest first otherwise, its total then a lower bound
 * ({@code totalRelation: "gte"}). Ranking reads every match (the rank depends on the query), and
 * counting them does too: a common word matches 100 000 quotes and costs about a second. Newest
 * first, an index gives the order wanted and a page is found in a few hundred rows. An explicit
 * order with a query counts (and for relevance ranks) every match, so it runs in the bulkhead
 * ({@link ExpensiveSearches}).
 */
@Component
public class RankOrNewest {

    private final int rankedAtMost;
    private final ExpensiveSearches expensive;

    RankOrNewest(@Value("${verbatim.search.ranked-at-most:1000}") int rankedAtMost, ExpensiveSearches expensive) {
        this.rankedAtMost = rankedAtMost;
        this.expensive = expensive;
    }

    /** Runs a search, in the bulkhead when it has a query and an explicit order. */
    public <T> T run(boolean text, boolean sortGiven, Supplier<T> search) {
        return text && sortGiven ? expensive.run(search) : search.get();
    }

    /** How many matches to count at most when the service chooses: one more than it would rank. */
    public int countLimit() {
        return rankedAtMost + 1;
    }

    /** Whether so many matches (counted up to {@link #countLimit}) are too many to rank. */
    public boolean tooManyToRank(long counted) {
        return counted > rankedAtMost;
    }

    /**
     * Lets a newest-first walk along an index test each row against the query, for this
     * transaction only. The planner, estimating a multi-word match as independent words (651
     * quotes for "full transparency", which matches 24 098), would rather fetch and sort every
     * match, or scan the table; the search then writes its match as {@code (… @@ query) is true},
     * hidden from the text index, and these settings rule out the scans.
     */
    public void walkNewestFirst(JdbcClient jdbc) {
        jdbc.sql("set local enable_seqscan = off").update();
        jdbc.sql("set local enable_bitmapscan = off").update();
    }

    /**
     * The page a search answers: its total a lower bound when there were too many matches to rank,
     * and the order applied ({@code applied}, as the client writes it) said when the service chose
     * it, that is with a query and no {@code sort}.
     */
    public <T> PageOf<T> page(List<T> items, PageQuery page, long total, boolean lowerBound, String applied,
                              boolean text, boolean sortGiven) {
        if (lowerBound) {
            return PageOf.atLeast(items, page, total, applied);
        }
        var found = PageOf.of(items, page, total);
        return text && !sortGiven ? found.sortedBy(applied) : found;
    }
}
