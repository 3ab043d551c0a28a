package app.verbatim.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * Sends read-only transactions to streaming replicas ({@code verbatim.replicas.urls}), and makes
 * sure nobody reads from one a state older than a change this process has made or heard of.
 *
 * <p><b>Routing.</b> The service's data source becomes a {@link LazyConnectionDataSourceProxy}:
 * a transaction marked read-only takes its connection from a replica's pool, any other from the
 * primary's. Reads outside a transaction, writes, migrations and the change feed's own connection
 * stay on the primary. With no replica configured, nothing is wrapped and nothing changes.
 *
 * <p><b>Rotation.</b> Every {@code check-every} a monitor reads the primary's WAL position and
 * each replica's replay position. A replica is in rotation while it answers, is still a standby,
 * and has replayed what the primary had written no longer than {@code max-lag} ago. Otherwise reads
 * go to the other replicas, or to the primary; the replica is put back when it is healthy again.
 *
 * <p><b>Reading your writes.</b> After each read-write transaction commits, and before its HTTP
 * answer leaves, {@link #afterWrite()} asks the primary for its WAL insert position: the commit
 * record is before it, whether or not the commit waited for its flush ({@code synchronous_commit}
 * off, as the embedded server runs, returns first; the flush position would then be too early).
 * When the change feed hears of a change committed
 * elsewhere (another instance, a script) it does the same on its own connection
 * ({@link #changeHeard}), before the caches are told. A read-only transaction then takes a replica
 * only if that replica was seen to have replayed at least the highest such position; else it reads
 * the primary. A replica has replayed at least what it was last seen to have replayed, so the
 * rule errs only towards the primary. A client of this instance therefore never reads a state older than its own write, and a
 * cache refilled after a change never refills from a replica that has not replayed it.
 */
@Component
public class ReadReplicas implements SmartLifecycle {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReadReplicas.class);
    private static final String NOT_CHECKED = "not checked yet";
    private static final String WAL_POSITION = "select pg_current_wal_insert_lsn()::text";

    private final ReplicaProperties properties;
    private final JdbcConnectionDetails primaryDetails;
    private final ObjectProvider<MeterRegistry> meters;
    private final List<Replica> replicas = new ArrayList<>();
    /** The WAL position a replica must have replayed before it may serve a read. */
    private final AtomicLong required = new AtomicLong();
    /** While System.nanoTime() is before this, every read goes to the primary (a write whose position is unknown). */
    private volatile long primaryOnlyUntil = System.nanoTime();
    /** The primary's WAL position as the monitor saw it, oldest first: [nanoTime, position]. */
    private final ArrayDeque<long[]> primaryPositions = new ArrayDeque<>();
    private final AtomicInteger next = new AtomicInteger();
    private @Nullable DataSource primary;
    private @Nullable Connection positions;
    private @Nullable Counter replicaReads;
    private @Nullable Counter primaryReads;
    private volatile boolean running;
    private final List<Thread> monitors = new ArrayList<>();

    ReadReplicas(ReplicaProperties properties, JdbcConnectionDetails primaryDetails, ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        this.primaryDetails = primaryDetails;
        this.meters = meters;
    }

    public boolean enabled() {
        return properties.enabled();
    }

    /**
     * Called after a read-write transaction of this process committed: later reads of this process
     * take no replica that has not replayed it.
     */
    public void afterWrite() {
        if (primary == null) {
            return;
        }
        try {
            raise(primaryPosition());
        } catch (SQLException | RuntimeException e) {
            // The position is unknown: no replica is trusted for as long as one in rotation may lag.
            primaryOnlyUntil = System.nanoTime() + properties.maxLag().toNanos();
            log.debug("No WAL position after a commit ({}); reads go to the primary for {}", e.getMessage(), properties.maxLag());
        }
    }

    /**
     * The primary's WAL insert position, asked on a connection of this class's own: never one of the
     * pool's, which a committing transaction may still hold (ten writers each waiting for an
     * eleventh connection would wait for each other).
     */
    private synchronized long primaryPosition() throws SQLException {
        var c = positions;
        if (c == null || c.isClosed()) {
            // As the pool's connections (application.yaml): a primary that does not answer costs seconds, not minutes.
            c = DriverConnections.open(primaryDetails, 5, null);
            c.setAutoCommit(true);
            positions = c;
        }
        try (var s = c.createStatement(); var rs = s.executeQuery(WAL_POSITION)) {
            rs.next();
            return Lsn.parse(rs.getString(1));
        } catch (SQLException e) {
            positions = null;
            try {
                c.close();
            } catch (SQLException ignored) {
                // it is being replaced
            }
            throw e;
        }
    }

    /**
     * Called by the change feed, on its connection to the primary, when it hears of a change
     * committed anywhere, before it tells the caches.
     */
    public void changeHeard(Connection onPrimary) throws SQLException {
        if (primary == null) {
            return;
        }
        try (var s = onPrimary.createStatement(); var rs = s.executeQuery(WAL_POSITION)) {
            rs.next();
            raise(Lsn.parse(rs.getString(1)));
        }
    }

    private void raise(long position) {
        log.trace("required: {}", Long.toHexString(position));
        required.accumulateAndGet(position, Math::max);
    }

    /** The primary wrapped so that read-only transactions go to the replicas; the primary itself when none is configured. */
    DataSource route(DataSource primaryPool, @Nullable HikariDataSource settings) {
        if (!enabled()) {
            return primaryPool;
        }
        primary = primaryPool;
        var urls = properties.urls();
        for (int i = 0; i < urls.size(); i++) {
            replicas.add(new Replica("replica-" + (i + 1), urls.get(i), pool(urls.get(i), i + 1, settings)));
        }
        var proxy = new LazyConnectionDataSourceProxy(primaryPool);
        proxy.setReadOnlyDataSource(new Router(primaryPool));
        log.info("Read-only transactions go to {} replica(s), at most {} behind the primary", replicas.size(), properties.maxLag());
        return proxy;
    }

    private HikariDataSource pool(String url, int n, @Nullable HikariDataSource settings) {
        var config = new HikariConfig();
        if (settings != null) {
            settings.copyStateTo(config);
        } else {
            config.setUsername(primaryDetails.getUsername());
            config.setPassword(primaryDetails.getPassword());
        }
        config.setJdbcUrl(url);
        config.setPoolName("replica-" + n);
        config.setReadOnly(true);
        // A replica down at start-up is out of rotation until the monitor sees it, not a failed start.
        config.setInitializationFailTimeout(-1);
        config.setDataSource(null);
        config.setDataSourceClassName(null);
        return new HikariDataSource(config);
    }

    /** Where read-only transactions take their connections. */
    private final class Router implements DataSource {

        private final DataSource primary;

        Router(DataSource primary) {
            this.primary = primary;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (System.nanoTime() - primaryOnlyUntil >= 0 && !replicas.isEmpty()) {
                long need = required.get();
                int n = replicas.size();
                int first = Math.floorMod(next.getAndIncrement(), n);
                for (int k = 0; k < n; k++) {
                    var replica = replicas.get((first + k) % n);
                    if (log.isTraceEnabled()) {
                        log.trace("read-only: {} in rotation {}, replayed {}, required {}", replica.name, replica.inRotation,
                                Long.toHexString(replica.replayed), Long.toHexString(need));
                    }
                    if (replica.inRotation && replica.replayed >= need) {
                        try {
                            var c = replica.pool.getConnection();
                            count(replicaReads);
                            return c;
                        } catch (SQLException e) {
                            replica.out("it refused a connection: " + e.getMessage());
                        }
                    }
                }
            }
            count(primaryReads);
            return primary.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public @Nullable PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(@Nullable PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("not a wrapper of " + type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }
    }

    private static void count(@Nullable Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    // ---------------------------------------------------------------------------------------------
    // The monitor

    @Override
    public void start() {
        if (!enabled() || primary == null) {
            return;
        }
        // Registered now, not while the data source is made: the registry's binders want the data source.
        var registry = meters.getIfAvailable();
        if (registry != null) {
            replicaReads = Counter.builder("verbatim.replica.reads").tag("target", "replica")
                    .description("Read-only transactions served by a replica").register(registry);
            primaryReads = Counter.builder("verbatim.replica.reads").tag("target", "primary")
                    .description("Read-only transactions that went to the primary: no replica in rotation had replayed what they must see")
                    .register(registry);
            for (var r : replicas) {
                Gauge.builder("verbatim.replica.in.rotation", r, x -> x.inRotation ? 1 : 0).tag("replica", r.name)
                        .description("1 while the replica serves reads").register(registry);
                Gauge.builder("verbatim.replica.lag", r, x -> x.lagNanos / 1e9).tag("replica", r.name).baseUnit("seconds")
                        .description("How long ago the primary had written what the replica has replayed").register(registry);
            }
        }
        running = true;
        // One thread for the primary's position and one per replica: a replica that does not answer
        // (each check waits up to the pool's connection timeout) must not delay what is known of the others.
        monitors.add(Thread.ofPlatform().daemon().name("verbatim-replica-monitor").start(() -> every(this::samplePrimary)));
        for (var replica : replicas) {
            monitors.add(Thread.ofPlatform().daemon().name("verbatim-" + replica.name + "-monitor")
                    .start(() -> every(() -> replica.check(System.nanoTime()))));
        }
    }

    @Override
    public void stop() {
        running = false;
        monitors.forEach(Thread::interrupt);
        replicas.forEach(r -> r.pool.close());
        synchronized (this) {
            if (positions != null) {
                try {
                    positions.close();
                } catch (SQLException ignored) {
                    // stopping
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void every(Runnable check) {
        long every = properties.checkEvery().toMillis();
        while (running) {
            check.run();
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Notes the primary's WAL position and when: what replicas' lags are measured against. */
    private void samplePrimary() {
        if (primary == null) {
            return;
        }
        long now = System.nanoTime();
        try {
            long position = primaryPosition();
            synchronized (primaryPositions) {
                primaryPositions.addLast(new long[] {now, position});
                long keep = 2 * properties.maxLag().toNanos() + properties.checkEvery().toNanos();
                while (primaryPositions.size() > 2 && now - primaryPositions.peekFirst()[0] > keep) {
                    primaryPositions.removeFirst();
                }
            }
        } catch (SQLException | RuntimeException e) {
            // The primary is the gate's to report; the replicas keep what they were last seen to have replayed.
            log.debug("Replica monitor: no primary position ({})", e.getMessage());
        }
    }

    /** How long ago the primary had written past {@code replayed}; 0 when it has written nothing later. */
    private long lagOf(long replayed, long now) {
        synchronized (primaryPositions) {
            for (var sample : primaryPositions) {
                if (sample[1] > replayed) {
                    return now - sample[0];
                }
            }
            return 0;
        }
    }

    private final class Replica {

        final String name;
        final String url;
        final HikariDataSource pool;
        volatile boolean inRotation;
        volatile long replayed = -1;
        volatile long lagNanos;
        private @Nullable String outBecause = NOT_CHECKED;

        Replica(String name, String url, HikariDataSource pool) {
            this.name = name;
            this.url = url;
            this.pool = pool;
        }

        void check(long now) {
            try (var c = pool.getConnection(); var s = c.createStatement();
                 var rs = s.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    out("it is no longer a standby (promoted?)");
                    return;
                }
                var position = rs.getString(2);
                if (position == null) {
                    out("it has replayed nothing yet");
                    return;
                }
                // As seen now, not the highest ever seen: a replica rebuilt from an older backup at the
                // same URL has replayed less than its predecessor did.
                long seen = Lsn.parse(position);
                replayed = seen;
                lagNanos = lagOf(seen, now);
                if (lagNanos > properties.maxLag().toNanos()) {
                    out("it lags %d ms behind the primary".formatted(lagNanos / 1_000_000));
                } else {
                    in();
                }
            } catch (SQLException | RuntimeException e) {
                out("it does not answer: " + e.getMessage());
            }
        }

        synchronized void out(String because) {
            boolean was = inRotation;
            inRotation = false;
            if (was || NOT_CHECKED.equals(outBecause)) {
                log.warn("Replica {} ({}) taken out of rotation: {}; reads go elsewhere", name, url, because);
            }
            outBecause = because;
        }

        synchronized void in() {
            if (!inRotation) {
                log.info("Replica {} ({}) in rotation{}", name, url, NOT_CHECKED.equals(outBecause) ? "" : " again");
            }
            inRotation = true;
            outBecause = null;
        }
    }

    /** A PostgreSQL WAL position ({@code pg_lsn}, "16/B374D848") as a number. */
    static final class Lsn {

        private Lsn() {
        }

        static long parse(String text) {
            int slash = text.indexOf('/');
            if (slash < 1) {
                throw new IllegalArgumentException("not a WAL position: " + text);
            }
            return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
        }
    }
}
