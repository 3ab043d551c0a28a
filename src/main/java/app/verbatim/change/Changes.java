package app.verbatim.change;

import app.verbatim.shared.BadParameterException;
import app.verbatim.shared.GoneException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change log that migration V7's triggers write, and purges it past retention.
 *
 * <p>A change is handed out only once every transaction that started writing before its own has
 * ended: the query keeps to transaction ids below {@code pg_snapshot_xmin(pg_current_snapshot())}.
 * So the log, ordered by (transaction id, sequence), only ever grows at its end as seen by a reader,
 * and a cursor never passes a change that becomes visible later. Each read is one repeatable-read
 * snapshot, so the horizon it checks and the rows it returns agree even while a purge runs.
 */
@Service
@EnableConfigurationProperties(ChangesProperties.class)
public class Changes {

    /** {@code after=now}: the present, for a script that has just copied the collections. */
    public static final String NOW = "now";
    private static final Logger log = LoggerFactory.getLogger(Changes.class);
    private static final int DEFAULT_SIZE = 100;
    private static final int MAX_SIZE = 1000;

    private final JdbcClient jdbc;
    private final ChangesProperties properties;

    Changes(JdbcClient jdbc, ChangesProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * The changes after {@code after} (from the oldest kept when null; none but the present
     * position for {@code now}), at most {@code size} (default 100, clamped to 1 000).
     *
     * @throws GoneException when changes after the cursor have been purged: resynchronise
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChangePage page(@Nullable String after, @Nullable Integer size) {
        if (size != null && size < 1) {
            throw new BadParameterException("size", "must be at least 1");
        }
        int limit = size == null ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        var from = position(after);
        var items = jdbc.sql("""
                        SELECT xid::text AS xid, seq, kind, record_id, action, version, at, article_slug FROM change
                        WHERE (xid, seq) > (CAST(:xid AS xid8), :seq) AND xid < pg_snapshot_xmin(pg_current_snapshot())
                        ORDER BY xid, seq LIMIT :limit""")
                .param("xid", Long.toString(from.xid())).param("seq", from.seq()).param("limit", limit + 1)
                .query((rs, n) -> new Change(new Cursor(Long.parseLong(rs.getString("xid")), rs.getLong("seq")).toString(),
                        rs.getString("kind"), rs.getString("record_id"), rs.getString("action"),
                        (Integer) rs.getObject("version"), rs.getObject("at", OffsetDateTime.class), rs.getString("article_slug")))
                .list();
        boolean more = items.size() > limit;
        List<Change> page = more ? items.subList(0, limit) : items;
        return new ChangePage(List.copyOf(page), page.isEmpty() ? from.toString() : page.getLast().cursor(), more);
    }

    /**
     * The cursor a read from {@code after} starts at, checked: the oldest kept position for null,
     * the present for {@code now}.
     *
     * @throws GoneException past retention; BadParameterException for what is not a cursor
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public String start(@Nullable String after) {
        return position(after).toString();
    }

    /** Whether changes after {@code after} are written but wait for an older transaction to end. */
    @Transactional(readOnly = true)
    public boolean waiting(String after) {
        var from = Cursor.parse("after", after);
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM change WHERE (xid, seq) > (CAST(:xid AS xid8), :seq)
                                       AND xid >= pg_snapshot_xmin(pg_current_snapshot()))""")
                .param("xid", Long.toString(from.xid())).param("seq", from.seq()).query(Boolean.class).single());
    }

    /** Deletes the changes older than the configured retention. */
    public int purge() {
        return purge(properties.retention());
    }

    /**
     * Deletes every change older than {@code retention} and moves the horizon past them: a
     * cursor before the horizon is answered 410. Only changes already visible to readers go, so
     * the horizon never passes one a reader could still be about to see.
     */
    @Transactional
    public int purge(Duration retention) {
        jdbc.sql("""
                        UPDATE change_horizon h SET xid = m.xid, seq = m.seq
                        FROM (SELECT xid, seq FROM change WHERE at < now() - CAST(:retention AS interval)
                              AND xid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY xid DESC, seq DESC LIMIT 1) m
                        WHERE (m.xid, m.seq) > (h.xid, h.seq)""")
                .param("retention", retention.toString()).update();
        int purged = jdbc.sql("DELETE FROM change WHERE (xid, seq) <= (SELECT xid, seq FROM change_horizon)").update();
        if (purged > 0) {
            log.info("Purged {} changes older than {}", purged, retention);
        }
        return purged;
    }

    /** "30 days", "12 hours", "90 s": what an operator configured, as a person reads it. */
    static String readable(Duration retention) {
        if (retention.toDaysPart() > 0 && retention.equals(Duration.ofDays(retention.toDays()))) {
            return retention.toDays() + " days";
        }
        if (retention.toHours() > 0 && retention.equals(Duration.ofHours(retention.toHours()))) {
            return retention.toHours() + " hours";
        }
        return retention.toSeconds() + " s";
    }

    private Cursor position(@Nullable String after) {
        var horizon = jdbc.sql("SELECT xid::text AS xid, seq FROM change_horizon")
                .query((rs, n) -> new Cursor(Long.parseLong(rs.getString("xid")), rs.getLong("seq"))).single();
        if (after == null || after.isBlank()) {
            return horizon;
        }
        if (after.strip().equals(NOW)) {
            return jdbc.sql("""
                            SELECT xid::text AS xid, seq FROM change WHERE xid < pg_snapshot_xmin(pg_current_snapshot())
                            ORDER BY xid DESC, seq DESC LIMIT 1""")
                    .query((rs, n) -> new Cursor(Long.parseLong(rs.getString("xid")), rs.getLong("seq")))
                    .optional().orElse(horizon);
        }
        var cursor = Cursor.parse("after", after.strip());
        if (cursor.compareTo(horizon) < 0) {
            throw new GoneException(("Changes after the cursor %s are no longer kept (the log keeps %s; it now starts at %s). "
                    + "Resynchronise: take after=now, copy the collections again, then follow the log from that cursor.")
                    .formatted(cursor, readable(properties.retention()), horizon));
        }
        return cursor;
    }
}
