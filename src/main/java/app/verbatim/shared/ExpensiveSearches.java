package app.verbatim.shared;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bulkhead for the searches whose cost grows with the number of matches (a relevance ranking
 * reads and ranks every match: a common word is 100 000 quotes and about a second of a core).
 * At most {@code verbatim.limits.expensive-searches} run at once; one more is refused at once with
 * {@link ServiceBusyException} (503, {@code Retry-After}) rather than queued: queued, it would hold
 * its connection and its caller while waiting, which is what the limit is there to prevent. So the
 * pool's other connections stay free for the light reads, whatever the number of such searches.
 */
@Component
public class ExpensiveSearches {

    private final Semaphore permits;
    private final int limit;

    ExpensiveSearches(@Value("${verbatim.limits.expensive-searches:2}") int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("verbatim.limits.expensive-searches must be at least 1");
        }
        this.limit = limit;
        this.permits = new Semaphore(limit);
    }

    public <T> T run(Supplier<T> search) {
        if (!permits.tryAcquire()) {
            throw new ServiceBusyException(limit + " expensive searches (sort with q) are running; try again shortly, "
                    + "or leave out sort to have a broad query answered newest first");
        }
        try {
            return search.get();
        } finally {
            permits.release();
        }
    }
}
