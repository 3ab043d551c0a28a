package app.verbatim.corpus;

import app.verbatim.corpus.Rows.Chunk;
import app.verbatim.corpus.Rows.Keys;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a corpus in one transaction: nothing is visible, and nothing is left behind on failure,
 * until it is all there. Inside it, the secondary indexes and foreign keys of the tables it fills
 * are dropped, the rows go in with COPY, and then the same indexes (their definitions read from
 * the catalog, so they match the migrations exactly) are built once and the foreign keys are
 * added back, which checks every reference in one pass per key. Then VACUUM ANALYZE.
 */
final class CorpusGenerator {

    private static final Logger log = LoggerFactory.getLogger(CorpusGenerator.class);

    /** The tables the corpus fills. */
    static final List<String> TABLES = List.of("article", "paragraph", "text_note", "person", "person_alias",
            "person_mention", "catalog_entry", "catalog_mention", "quote", "quote_topic", "event",
            "event_participant", "event_evidence");

    /** Every record table: what --verbatim.corpus.replace empties. */
    static final List<String> RECORD_TABLES = List.of("event_evidence", "event_participant", "event",
            "resolution_mention", "resolution", "quote_topic", "quote", "catalog_mention", "catalog_entry",
            "person_mention", "person_alias", "person", "text_note", "paragraph", "article");

    private static final int CHUNK = 1000;
    private static final Object DONE = new Object();

    /** The database already holds a corpus and replacing it was not asked for. */
    static final class CorpusPresentException extends IllegalStateException {
        CorpusPresentException(long articles) {
            super(("The database already holds a generated corpus (%d articles under %s); nothing was written. "
                    + "Pass --verbatim.corpus.replace=true to empty every record table and generate again, "
                    + "or point the service at another database.").formatted(articles, ArticleFactory.URL_PREFIX));
        }
    }

    record Report(int articles, long quotes, int people, long events, Duration total, Duration rows,
                  Duration indexes, Duration vacuum) {
    }

    private final DataSource dataSource;

    CorpusGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Report generate(CorpusProperties p) throws SQLException, InterruptedException {
        long t0 = System.nanoTime();
        int[] quotes = spread(p.seed(), 2, p.quotes(), p.articles(), 0.6, 20);
        int[] events = spread(p.seed(), 3, p.events(), p.articles(), 0.7, 5);
        long rowsDone;
        long indexesDone;
        Keys keys = new Keys();
        try (Connection c = dataSource.getConnection()) {
            // The service's bounds on a statement, a lock wait and a silent socket (set on every pooled
            // connection) are for requests; a load of a million rows and its indexes is meant to take
            // minutes. Lifted for this connection only: the pool restores the network timeout, SET
            // LOCAL ends with the transaction, and the VACUUM below restores its setting itself.
            c.setNetworkTimeout(Runnable::run, 0);
            c.setAutoCommit(false);
            try {
                execute(c, "SET LOCAL statement_timeout = 0");
                execute(c, "SET LOCAL lock_timeout = 0");
                long present = count(c, "select count(*) from article where url like '" + ArticleFactory.URL_PREFIX + "%'");
                if (present > 0) {
                    if (!p.replace()) {
                        throw new CorpusPresentException(present);
                    }
                    log.warn("Replacing the corpus: emptying {} ({} articles, corpus and other)", RECORD_TABLES,
                            count(c, "select count(*) from article"));
                    execute(c, "TRUNCATE " + String.join(", ", RECORD_TABLES) + " RESTART IDENTITY");
                }
                execute(c, "SET LOCAL maintenance_work_mem = '512MB'");
                execute(c, "SET LOCAL synchronous_commit = off");
                // A million rows through the change log would double the load for a log no script
                // can use (it would replay the whole corpus): the load writes none, and moves the
                // log's horizon past every earlier cursor, so a following script is answered 410
                // and resynchronises from the collections (migration V7).
                execute(c, "SET LOCAL verbatim.change_log = 'off'");
                execute(c, "UPDATE change_horizon SET xid = pg_current_xact_id(), "
                        + "seq = (SELECT coalesce(max(seq), 0) FROM change)");
                execute(c, "DELETE FROM change WHERE (xid, seq) <= (SELECT xid, seq FROM change_horizon)");
                // Lock out other writers for the whole load; readers wait too (ALTER TABLE below).
                execute(c, "LOCK TABLE " + String.join(", ", TABLES) + " IN SHARE ROW EXCLUSIVE MODE");
                var indexes = secondaryIndexes(c);
                var foreignKeys = foreignKeys(c);
                for (var fk : foreignKeys) {
                    execute(c, "ALTER TABLE " + fk.table() + " DROP CONSTRAINT " + fk.name());
                }
                for (var index : indexes) {
                    execute(c, "DROP INDEX " + index.name());
                }
                log.info("Generating {} articles, {} quotes, {} people, {} events from seed {} ({} indexes and {} foreign keys off during the load)",
                        p.articles(), p.quotes(), p.people(), p.events(), p.seed(), indexes.size(), foreignKeys.size());

                keys.article = max(c, "article");
                keys.paragraph = max(c, "paragraph");
                keys.note = max(c, "text_note");
                keys.personMention = max(c, "person_mention");
                keys.catalogMention = max(c, "catalog_mention");
                keys.quote = max(c, "quote");
                keys.event = max(c, "event");
                keys.evidence = max(c, "event_evidence");

                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                var world = new World(p.seed(), p.people());
                copyWorld(c, copy, world);
                copyArticles(copy, world, p, quotes, events, keys);
                rowsDone = System.nanoTime();
                log.info("Rows loaded in {} s; building indexes and checking references", seconds(rowsDone - t0));

                for (var index : indexes) {
                    execute(c, index.definition());
                }
                for (var fk : foreignKeys) {
                    execute(c, "ALTER TABLE " + fk.table() + " ADD CONSTRAINT " + fk.name() + " " + fk.definition());
                }
                for (var table : List.of("article", "paragraph", "text_note", "person", "person_mention", "catalog_entry",
                        "catalog_mention", "quote", "event", "event_evidence")) {
                    execute(c, "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM " + table);
                }
                c.commit();
                indexesDone = System.nanoTime();
            } catch (SQLException | RuntimeException | InterruptedException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            log.info("Indexes and references done in {} s; VACUUM ANALYZE", seconds(indexesDone - rowsDone));
            // VACUUM cannot run in a transaction, so SET LOCAL cannot lift the bounds for it: they are
            // lifted for the session and put back. The lock timeout too: autovacuum, woken by the load,
            // may be working on one of these tables, and VACUUM waits for it (the 5x corpus, 2.5 M
            // rows per table, hit the 1 s lock timeout there).
            String statementTimeout = show(c, "statement_timeout");
            String lockTimeout = show(c, "lock_timeout");
            execute(c, "SET statement_timeout = 0");
            execute(c, "SET lock_timeout = 0");
            try {
                execute(c, "VACUUM (ANALYZE) " + String.join(", ", TABLES));
            } finally {
                execute(c, "SET statement_timeout = '" + statementTimeout + "'");
                execute(c, "SET lock_timeout = '" + lockTimeout + "'");
            }
        }
        long end = System.nanoTime();
        long quoteCount = 0;
        long eventCount = 0;
        for (int i = 0; i < p.articles(); i++) {
            quoteCount += quotes[i];
            eventCount += events[i];
        }
        var report = new Report(p.articles(), quoteCount, p.people(), eventCount, Duration.ofNanos(end - t0),
                Duration.ofNanos(rowsDone - t0), Duration.ofNanos(indexesDone - rowsDone), Duration.ofNanos(end - indexesDone));
        log.info("Corpus loaded in {} s (rows {} s, indexes and keys {} s, vacuum and analyze {} s)",
                seconds(end - t0), seconds(rowsDone - t0), seconds(indexesDone - rowsDone), seconds(end - indexesDone));
        return report;
    }

    /**
     * Spreads {@code total} items over {@code n} articles: log-normal weights (some articles get
     * many, most a handful), a share of articles with none, and no article above {@code 6×} the
     * mean weight; the counts add up to exactly {@code total}.
     */
    static int[] spread(long seed, long stream, int total, int n, double sigma, int nonePercent) {
        var r = ArticleFactory.random(seed, stream, 0);
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = r.nextInt(100) < nonePercent ? 0 : Math.min(Math.exp(sigma * gaussian(r)), 6.0);
            sum += w[i];
        }
        if (sum == 0) {
            w[0] = sum = 1;
        }
        int[] counts = new int[n];
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = (int) Math.floor(total * w[i] / sum);
            assigned += counts[i];
        }
        // What rounding left over goes one by one to articles that already have some.
        for (int i = 0; assigned < total; i = (i + 1) % n) {
            if (w[i] > 0) {
                counts[i]++;
                assigned++;
            }
        }
        return counts;
    }

    private static double gaussian(java.util.SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static void copyWorld(Connection c, CopyManager copy, World world) throws SQLException {
        String stamp = "2015-12-31 00:00:00+00:00";
        var slugs = new HashSet<String>();
        try (var st = c.createStatement(); var rs = st.executeQuery("select slug from person")) {
            while (rs.next()) {
                slugs.add(rs.getString(1));
            }
        }
        long personKey = max(c, "person");
        var person = new Tsv("person", "id, slug, name, role, country, wikidata_id, created_at, updated_at, version");
        var alias = new Tsv("person_alias", "person_id, ordinal, alias");
        for (var p : world.people) {
            String base = p.slug;
            for (int n = 2; slugs.contains(p.slug); n++) {
                p.slug = base + "-" + n;
            }
            p.key = ++personKey;
            person.num(p.key).text(p.slug).text(p.name).text(p.role).text(p.country).text(null).text(stamp).text(stamp).num(0).end();
            for (int i = 0; i < p.aliases.size(); i++) {
                alias.num(p.key).num(i).text(p.aliases.get(i)).end();
            }
        }
        // Places, organizations and topics the database already knows keep their rows.
        var known = new HashMap<String, Long>();
        try (var st = c.createStatement(); var rs = st.executeQuery("select type, slug, id from catalog_entry")) {
            while (rs.next()) {
                known.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3));
            }
        }
        long entryKey = max(c, "catalog_entry");
        var entry = new Tsv("catalog_entry", "id, type, slug, name, kind, country, created_at, updated_at, version");
        var seen = new HashMap<String, World.Entry>();
        for (var e : world.entries()) {
            String id = e.type.name() + "/" + e.slug;
            var twin = seen.putIfAbsent(id, e);
            if (twin != null) { // the same slug twice in the lexicon: one row
                e.key = twin.key;
                e.insert = false;
                continue;
            }
            Long existing = known.get(id);
            if (existing != null) {
                e.key = existing;
                e.insert = false;
                continue;
            }
            e.key = ++entryKey;
            entry.num(e.key).text(e.type.name()).text(e.slug).text(e.name).text(e.kind).text(e.country)
                    .text(stamp).text(stamp).num(0).end();
        }
        copy(copy, person);
        copy(copy, alias);
        copy(copy, entry);
    }

    private void copyArticles(CopyManager copy, World world, CorpusProperties p, int[] quotes, int[] events, Keys keys)
            throws SQLException, InterruptedException {
        var factory = new ArticleFactory(world, p.seed());
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(3);
        // One thread writes the text while this one streams the previous chunk into PostgreSQL.
        var writer = Thread.ofPlatform().name("corpus-writer").daemon().start(() -> {
            try {
                for (int from = 0; from < p.articles(); from += CHUNK) {
                    var chunk = new Chunk();
                    for (int i = from; i < Math.min(p.articles(), from + CHUNK); i++) {
                        factory.write(i, p.articles(), quotes[i], events[i], keys, chunk);
                    }
                    queue.put(chunk);
                }
                queue.put(DONE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                queue.clear();
                queue.offer(t);
            }
        });
        try {
            int done = 0;
            long started = System.nanoTime();
            while (true) {
                Object item = queue.take();
                if (item == DONE) {
                    break;
                }
                if (item instanceof Throwable t) {
                    throw new IllegalStateException("generating the corpus failed: " + t, t);
                }
                var chunk = (Chunk) item;
                for (var table : chunk.tables()) {
                    copy(copy, table);
                }
                done += chunk.articles;
                if (done % (CHUNK * 10) == 0 || done == p.articles()) {
                    log.info("{} of {} articles ({} s)", done, p.articles(), seconds(System.nanoTime() - started));
                }
            }
        } finally {
            writer.interrupt();
            writer.join();
        }
    }

    private static void copy(CopyManager copy, Tsv table) throws SQLException {
        if (table.isEmpty()) {
            return;
        }
        var in = copy.copyIn(table.copySql());
        try {
            byte[] bytes = table.bytes();
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private record Index(String name, String definition) {
    }

    private record ForeignKey(String table, String name, String definition) {
    }

    /** Indexes of the loaded tables that back no primary-key, unique or exclusion constraint. */
    private static List<Index> secondaryIndexes(Connection c) throws SQLException {
        var result = new ArrayList<Index>();
        try (var st = c.prepareStatement("""
                select format('%I.%I', n.nspname, i.relname), pg_get_indexdef(x.indexrelid)
                from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                     join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = current_schema() and t.relname = any(?)
                  and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid and k.contype in ('p', 'u', 'x'))
                order by t.relname, i.relname""")) {
            st.setArray(1, c.createArrayOf("text", TABLES.toArray()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new Index(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return result;
    }

    /** Foreign keys declared on the loaded tables. */
    private static List<ForeignKey> foreignKeys(Connection c) throws SQLException {
        var result = new ArrayList<ForeignKey>();
        try (var st = c.prepareStatement("""
                select format('%I.%I', n.nspname, t.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid)
                from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace
                where k.contype = 'f' and n.nspname = current_schema() and t.relname = any(?)
                order by t.relname, k.conname""")) {
            st.setArray(1, c.createArrayOf("text", TABLES.toArray()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return result;
    }

    private static long max(Connection c, String table) throws SQLException {
        return count(c, "select coalesce(max(id), 0) from " + table);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
    }
}
