package app.verbatim.shared.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Knows whether PostgreSQL accepts connections, so that while it does not, a request that needs it
 * is answered 503 at once instead of waiting for the pool, and the service says so once.
 *
 * <p>Anyone who sees a connection fail or drop ({@link #suspect}: the change feed, a request)
 * makes it probe: a fresh connection of its own, with timeouts of 1 to 2 s, never one of the pool's.
 * If that fails, the gate is <em>closed</em> (one WARN), {@link #check()} refuses connections, and
 * it probes every {@value #PROBE_EVERY_MS} ms until one succeeds (one INFO). A probe that succeeds
 * at once was a single lost connection, not an outage: nothing is said and nothing refused.
 *
 * <p>Refusing instead of waiting also lets the pool recover fast: with no request waiting on it
 * (and no minimum of idle connections to keep), Hikari stops its attempts to connect, whose pauses
 * grow to 5 s, and starts afresh with the first request after the gate opens.
 */
@Component
public class DatabaseGate {

    static final long PROBE_EVERY_MS = 200;
    static final long PROBE_REUSE_MS = 1000;
    private static final Logger log = LoggerFactory.getLogger(DatabaseGate.class);

    private final JdbcConnectionDetails database;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile boolean closed;
    private volatile long closedAt;
    private volatile @Nullable String reason;
    private volatile long lastSuccess = System.nanoTime() - PROBE_REUSE_MS * 1_000_000;

    DatabaseGate(JdbcConnectionDetails database) {
        this.database = database;
    }

    /** True while PostgreSQL is known not to accept connections (the last probe failed). */
    public boolean unreachable() {
        return closed;
    }

    /** True while the database is unreachable and was found so within {@code windowMillis} of {@code nanoTime}. */
    public boolean closedNear(long nanoTime, long windowMillis) {
        return closed && Math.abs(closedAt - nanoTime) <= windowMillis * 1_000_000;
    }

    /** Throws, as a pool would, while the database is known to be unreachable. */
    void check() throws SQLException {
        if (closed) {
            throw new SQLTransientConnectionException("The database is not reachable (" + reason + ")", "08001");
        }
    }

    /** A connection failed or dropped: find out whether the database is down (in the background). */
    public void suspect(Throwable failure) {
        if (closed || !probing.compareAndSet(false, true)) {
            return;
        }
        Thread.ofVirtual().name("verbatim-database-probe").start(() -> {
            try {
                watch();
            } finally {
                probing.set(false);
            }
        });
    }

    /**
     * Probes on the caller's thread: true when a connection can be made (readiness). A success is
     * reused for {@value #PROBE_REUSE_MS} ms, so a readiness poll costs at most a connection a
     * second; a failure is never reused, and the gate shuts the moment anyone sees the database go.
     */
    public boolean probe() {
        if (closed) {
            return false;
        }
        if (System.nanoTime() - lastSuccess < PROBE_REUSE_MS * 1_000_000) {
            return true;
        }
        var failure = connect();
        if (failure != null) {
            close(failure);
            suspect(failure);
            return false;
        }
        lastSuccess = System.nanoTime();
        return true;
    }

    private void watch() {
        var failure = connect();
        if (failure == null) {
            return;
        }
        close(failure);
        while (true) {
            try {
                Thread.sleep(PROBE_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            failure = connect();
            if (failure == null) {
                long down = System.nanoTime() - closedAt;
                closed = false;
                log.info("The database is reachable again after {} s", String.format("%.1f", Duration.ofNanos(down).toMillis() / 1000.0));
                return;
            }
            reason = failure.getMessage();
        }
    }

    private synchronized void close(SQLException failure) {
        lastSuccess = System.nanoTime() - PROBE_REUSE_MS * 1_000_000;
        if (!closed) {
            reason = failure.getMessage();
            closedAt = System.nanoTime();
            closed = true;
            log.warn("The database is not reachable ({}); answering 503 until it is back", failure.getMessage());
        }
    }

    private @Nullable SQLException connect() {
        // A connection made (the server forked a backend and authenticated us) is the answer: nothing
        // more is asked, so a loaded server is not taken for a missing one.
        try (var c = DriverConnections.open(database, 2, "verbatim probe")) {
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
