package app.verbatim.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import app.verbatim.shared.database.DatabaseFault;
import app.verbatim.shared.database.DatabaseGate;
import app.verbatim.shared.database.ReadReplicas;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Tells caches in this process when stored records may have changed, so they can serve what
 * they hold without asking the database each time.
 *
 * <p>The answer is an <em>epoch</em>: a number that moves on every change anyone makes. A cache
 * notes the epoch before it reads from the database and may trust what it read for as long as
 * {@link #epoch()} still returns that number. The epoch moves
 * <ul>
 * <li>when a read-write transaction of this process commits (before its HTTP answer leaves, so a
 *     client reads its own writes);</li>
 * <li>when PostgreSQL delivers a {@code verbatim_change} notification (migration V5 sends one for
 *     every statement that changes a record, committed by anyone: another instance, a script,
 *     an operator with psql), within milliseconds of that commit;</li>
 * <li>whenever the listening connection is lost or (re)opened.</li>
 * </ul>
 * The listening connection is the feed's own, opened at {@code verbatim.changes.listen-url} when
 * that is set (behind a pooler in transaction mode, which cannot hold a {@code LISTEN}), else at
 * the data source's URL.
 * While the listener is not connected, {@link #epoch()} is {@code -1}: nothing may be trusted and
 * caches check the database on every read, as they would without this class.
 *
 * <p>One exception: while the database itself cannot be reached, nobody can change what it holds,
 * so what was trusted at the moment the listener lost it is still what it holds, and
 * {@link #epochWhileUnreachable()} says which epoch that was. That holds only when the listener's
 * loss <em>was</em> the outage: the {@link DatabaseGate} found the database unreachable within
 * {@value #OUTAGE_WINDOW_MS} ms of the loss. A listener lost for another reason first (a terminated
 * backend) trusts nothing until it is back, whatever happens next.
 */
@Component
public class ChangeFeed implements SmartLifecycle, TransactionExecutionListener {

    /** The channel migration V5's triggers notify. */
    static final String CHANNEL = "verbatim_change";

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final Duration POLL = Duration.ofSeconds(10);
    /** The wait before trying again, doubled after each failure in a row, up to {@link #MAX_RETRY}. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final Duration MAX_RETRY = Duration.ofMinutes(1);
    /**
     * The wait before trying again while the database is unreachable or restarting: short, because
     * caches trust nothing until the feed is back, and a refused connection costs the server nothing.
     */
    static final long RETRY_UNREACHABLE_MS = 250;

    private final JdbcConnectionDetails database;
    private final @Nullable String listenUrl;
    private final DatabaseGate gate;
    private final ReadReplicas replicas;
    private final AtomicLong epoch = new AtomicLong();
    /** How close to the listener's loss the gate must have closed for the loss to count as the outage. */
    static final long OUTAGE_WINDOW_MS = 500;
    /** The epoch when the listener was last lost, and when (System.nanoTime). */
    private volatile long lostEpoch = -1;
    private volatile long lostAt;
    private final ReentrantLock moved = new ReentrantLock();
    private final Condition epochMoved = moved.newCondition();
    private volatile boolean live;
    private volatile boolean running;
    private volatile @Nullable Connection connection;
    private @Nullable Thread listener;

    ChangeFeed(JdbcConnectionDetails database, ChangesProperties properties, DatabaseGate gate, ReadReplicas replicas) {
        this.database = database;
        String url = properties.listenUrl();
        this.listenUrl = url == null || url.isBlank() ? null : url;
        this.gate = gate;
        this.replicas = replicas;
    }

    /** The current epoch, or {@code -1} while changes cannot be heard (trust nothing then). */
    public long epoch() {
        return live ? epoch.get() : -1;
    }

    /**
     * While the database is unreachable and the listener was lost to that outage, the epoch that
     * was current when it was lost: what was trusted then is still what the database holds. Else -1.
     */
    public long epochWhileUnreachable() {
        return !live && lostEpoch >= 0 && gate.closedNear(lostAt, OUTAGE_WINDOW_MS) ? lostEpoch : -1;
    }

    /** Whether notifications are being heard now (false: readers must poll). */
    public boolean isLive() {
        return live;
    }

    /**
     * Waits until the epoch moves past {@code seen} (a change was heard, or the listener was lost or
     * regained), or {@code timeout} passes, and returns the epoch then. Lets a reader of the change
     * log sleep until there may be something to read instead of polling.
     */
    public long await(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        moved.lock();
        try {
            while (epoch.get() == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                epochMoved.awaitNanos(left);
            }
            return epoch.get();
        } finally {
            moved.unlock();
        }
    }

    /** The epoch as it is now, live or not: what {@link #await} compares with. */
    public long current() {
        return epoch.get();
    }

    private void advance() {
        epoch.incrementAndGet();
        moved.lock();
        try {
            epochMoved.signalAll();
        } finally {
            moved.unlock();
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
        if (!transaction.isReadOnly()) {
            // First what the replicas must have replayed, then the caches: a cache refilled after the
            // epoch moves must not refill from a replica that has not seen this commit.
            replicas.afterWrite();
            advance();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("verbatim-change-feed").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        live = false;
        closeQuietly(connection);
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration backoff = RETRY;
        int failures = 0;
        boolean lostBefore = false;
        while (running) {
            Duration pause;
            String url = listenUrl != null ? listenUrl : database.getJdbcUrl();
            try (var c = DriverManager.getConnection(url, database.getUsername(), database.getPassword())) {
                connection = c;
                try (var statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = c.unwrap(PGConnection.class);
                advance();
                live = true;
                if (failures > 0 || lostBefore) {
                    log.info("Listening for changes again after {} failed attempt(s)", failures);
                }
                log.debug("Listening on {}", CHANNEL);
                backoff = RETRY;
                failures = 0;
                lostBefore = false;
                while (running) {
                    var notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        replicas.changeHeard(c);
                        advance();
                    }
                }
                pause = backoff;
            } catch (SQLException e) {
                boolean lost = live;
                boolean unreachable = DatabaseFault.isConnectionFailure(e);
                if (unreachable && running) {
                    // Stopped, restarting, unreachable, or just this connection dropped: the gate finds
                    // out which, and reports an outage once. (Not when this feed itself is stopping.)
                    gate.suspect(e);
                }
                lostBefore |= lost;
                // Loud once, then quiet: a database that cannot LISTEN at all (a pooler in transaction
                // mode) would otherwise fill the log every few seconds. An outage is the gate's to report.
                if (running && !lost && failures++ == 0) {
                    if (unreachable) {
                        log.info("Not listening for changes ({}); caches check the database until it is back", e.getMessage());
                    } else {
                        log.warn("Not listening for changes ({}); caches check the database until it is back", e.getMessage());
                    }
                } else if (running) {
                    log.debug("Not listening for changes ({}), attempt {}", e.getMessage(), failures);
                }
                // A refused connection costs the server nothing, and caches trust nothing until the feed
                // is back: try again soon. Anything else (LISTEN refused) backs off, 2 s doubling to 1 min.
                if (lost || unreachable) {
                    pause = Duration.ofMillis(RETRY_UNREACHABLE_MS);
                } else {
                    pause = backoff;
                    backoff = backoff.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : backoff.multipliedBy(2);
                }
            } finally {
                if (live) {
                    lostEpoch = epoch.get();
                    lostAt = System.nanoTime();
                }
                live = false;
                advance();
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to wake the listener; nothing to do
            }
        }
    }
}
