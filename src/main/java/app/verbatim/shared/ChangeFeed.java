package app.verbatim.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
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
 * While the listener is not connected, {@link #epoch()} is {@code -1}: nothing may be trusted and
 * caches check the database on every read, as they would without this class.
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

    private final JdbcConnectionDetails database;
    private final AtomicLong epoch = new AtomicLong();
    private final ReentrantLock moved = new ReentrantLock();
    private final Condition epochMoved = moved.newCondition();
    private volatile boolean live;
    private volatile boolean running;
    private volatile @Nullable Connection connection;
    private @Nullable Thread listener;

    ChangeFeed(JdbcConnectionDetails database) {
        this.database = database;
    }

    /** The current epoch, or {@code -1} while changes cannot be heard (trust nothing then). */
    public long epoch() {
        return live ? epoch.get() : -1;
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
        Duration retry = RETRY;
        int failures = 0;
        while (running) {
            try (var c = DriverManager.getConnection(database.getJdbcUrl(), database.getUsername(), database.getPassword())) {
                connection = c;
                try (var statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = c.unwrap(PGConnection.class);
                advance();
                live = true;
                if (failures > 0) {
                    log.info("Listening for changes again after {} failed attempt(s)", failures);
                }
                log.debug("Listening on {}", CHANNEL);
                retry = RETRY;
                failures = 0;
                while (running) {
                    var notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        advance();
                    }
                }
            } catch (SQLException e) {
                // Loud once, then quiet: a database that cannot LISTEN at all (a pooler in transaction
                // mode) would otherwise fill the log every few seconds.
                if (running && failures++ == 0) {
                    log.warn("Not listening for changes ({}); caches check the database until it is back", e.getMessage());
                } else if (running) {
                    log.debug("Still not listening for changes ({}), attempt {}", e.getMessage(), failures);
                }
            } finally {
                live = false;
                advance();
                connection = null;
            }
            if (running) {
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException e) {
                    return;
                }
                if (failures > 0) {
                    retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
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
