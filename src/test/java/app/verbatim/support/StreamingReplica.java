package app.verbatim.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A PostgreSQL primary and one hot standby streaming from it, both from the embedded binaries (no
 * installed PostgreSQL, no pg_basebackup: the standby starts from a copy of the primary's data
 * directory, taken while the primary was cleanly stopped). The standby applies each commit only
 * {@code applyDelay} after it was made ({@code recovery_min_apply_delay}): a replica that lags,
 * on purpose. It can be stopped and started again like {@link RestartableDatabase}.
 */
public final class StreamingReplica {

    private final Path primaryDir;
    private final Path replicaDir;
    private final int primaryPort;
    private final int replicaPort;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres replica;

    public StreamingReplica(Duration applyDelay) {
        try {
            primaryDir = Files.createTempDirectory("verbatim-primary-pg");
            replicaDir = Files.createTempDirectory("verbatim-replica-pg");
            primaryPort = freePort();
            replicaPort = freePort();
            primary = startPrimary();
            primary.close();
            // A clean shutdown leaves a consistent directory: its copy is a base backup.
            copy(primaryDir, replicaDir);
            Files.deleteIfExists(replicaDir.resolve("postmaster.pid"));
            Files.createFile(replicaDir.resolve("standby.signal"));
            // In the configuration file, not on the command line: the embedded launcher splits
            // command-line settings on spaces, and a connection string has them.
            Files.writeString(replicaDir.resolve("postgresql.auto.conf"), """
                    primary_conninfo = 'host=localhost port=%d user=postgres application_name=verbatim-replica'
                    recovery_min_apply_delay = '%dms'
                    hot_standby = on
                    """.formatted(primaryPort, applyDelay.toMillis()), java.nio.file.StandardOpenOption.APPEND);
            primary = startPrimary();
            startReplica();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String primaryUrl() {
        return url(primaryPort);
    }

    public String replicaUrl() {
        return url(replicaPort);
    }

    /** Stops the standby (the primary goes on). */
    public synchronized void stopReplica() {
        if (replica != null) {
            try {
                replica.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                replica = null;
            }
        }
    }

    /** Starts the standby again; it catches up from where it stopped. */
    public synchronized void startReplica() {
        if (replica != null) {
            return;
        }
        try {
            replica = EmbeddedPostgres.builder()
                    .setDataDirectory(replicaDir)
                    .setCleanDataDirectory(false)
                    .setPort(replicaPort)
                    .setServerConfig("max_connections", "50")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far the standby's replay is behind the primary's written WAL, in bytes. */
    public long lagBytes() {
        try (var p = DriverManager.getConnection(primaryUrl(), "postgres", "");
             var ps = p.createStatement(); var pr = ps.executeQuery("select pg_current_wal_insert_lsn()::text");
             var r = DriverManager.getConnection(replicaUrl(), "postgres", "");
             var rs = r.createStatement(); var rr = rs.executeQuery("select pg_last_wal_replay_lsn()::text")) {
            pr.next();
            rr.next();
            return lsn(pr.getString(1)) - lsn(rr.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void stop() {
        stopReplica();
        try {
            primary.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EmbeddedPostgres startPrimary() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(primaryDir)
                .setCleanDataDirectory(false)
                .setPort(primaryPort)
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C")
                .setServerConfig("max_connections", "50")
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4")
                // Keep the WAL the standby has not received yet (it may be stopped for a while).
                .setServerConfig("wal_keep_size", "256MB")
                .start();
    }

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static long lsn(String text) {
        int slash = text.indexOf('/');
        return (Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (var source : (Iterable<Path>) files::iterator) {
                var target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
