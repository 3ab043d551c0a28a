package app.verbatim.document;

import app.verbatim.audit.Audit;
import app.verbatim.catalog.EntryInput;
import app.verbatim.catalog.EntryType;
import app.verbatim.event.EventInput;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.resolution.ResolutionInput;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.database.GenericPlans;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a batch of checked article documents in one transaction, as {@link DocumentImporter}
 * stores each one, with a statement per table for the whole batch instead of one per record:
 * the stored slugs, people and catalog entries the batch names are read in three queries, the
 * keys of every new row come from each table's sequence in blocks (one query), and the rows go
 * in with one {@code COPY} per table. The change log and change feed triggers are
 * statement-level (migrations V5, V7), so they fire once per table per batch and still log
 * every created and updated record; each imported article gets its audit event.
 *
 * <p>Every check has been made before ({@link DocumentImporter#checkValidated}); what only the
 * database can say (a slug taken meanwhile, a record changed meanwhile) fails the whole batch,
 * and {@link BulkImport} then imports its documents one by one, each with its own outcome.
 */
@Service
class BatchWriter {

    /** Every key sequence steps by 50 (migration V6): one {@code nextval} is the 50 keys up to it. */
    static final int KEY_BLOCK = 50;

    private final DataSource dataSource;
    private final Audit audit;

    BatchWriter(DataSource dataSource, Audit audit) {
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** A document that passed every check: what it hashes to, and its body's anchors. */
    record Checked(ArticleDocument doc, String hash, Anchors anchors) {
    }

    /** A person as the batch leaves them: the stored state with each document's changes applied in order. */
    private static final class PersonState {
        long id;
        final boolean stored;
        final int version;
        final String slug;
        String name;
        @Nullable String role;
        @Nullable String country;
        @Nullable String wikidataId;
        final List<String> aliases = new ArrayList<>();
        int storedAliases;
        boolean changed;

        PersonState(long id, boolean stored, int version, String slug, String name) {
            this.id = id;
            this.stored = stored;
            this.version = version;
            this.slug = slug;
            this.name = name;
        }
    }

    /** A place, organization or topic as the batch leaves it. */
    private static final class EntryState {
        long id;
        final boolean stored;
        final int version;
        final EntryType type;
        final String slug;
        String name;
        @Nullable String kind;
        @Nullable String country;
        boolean changed;

        EntryState(long id, boolean stored, int version, EntryType type, String slug, String name) {
            this.id = id;
            this.stored = stored;
            this.version = version;
            this.type = type;
            this.slug = slug;
            this.name = name;
        }
    }

    /** Keys handed out from blocks of {@value #KEY_BLOCK}. */
    private static final class Keys {
        private final List<Long> tops;
        private int block;
        private long next;
        private long top;

        Keys(List<Long> tops) {
            this.tops = tops;
        }

        long next() {
            if (next == 0 || next > top) {
                top = tops.get(block++);
                next = top - KEY_BLOCK + 1;
            }
            return next++;
        }
    }

    /** The outcome of each document, in order; only documents whose outcome is {@code Created} were written. */
    @Transactional
    public List<DocumentImporter.Outcome> write(List<Checked> batch) {
        try {
            return writeAll(DataSourceUtils.getConnection(dataSource), batch);
        } catch (SQLException e) {
            var translated = new SQLStateSQLExceptionTranslator().translate("bulk import", null, e);
            throw translated != null ? translated : new IllegalStateException(e);
        }
    }

    private List<DocumentImporter.Outcome> writeAll(Connection c, List<Checked> batch) throws SQLException {
        // Else every foreign-key check of every row would be planned again.
        GenericPlans.forThisTransaction(c);
        // 1. Which slugs are stored, and as what; a slug twice in the batch is judged against the first.
        var hashes = new HashMap<String, String>();
        try (var st = c.prepareStatement("select slug, content_hash from article where slug = any(?)")) {
            st.setArray(1, texts(c, batch.stream().map(d -> d.doc().slug()).distinct().toList()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        var outcomes = new ArrayList<DocumentImporter.Outcome>(batch.size());
        var created = new ArrayList<Checked>();
        for (var checked : batch) {
            String slug = checked.doc().slug();
            String held = hashes.putIfAbsent(slug, checked.hash());
            if (held == null) {
                outcomes.add(new DocumentImporter.Created(slug));
                created.add(checked);
            } else {
                outcomes.add(held.equals(checked.hash()) ? new DocumentImporter.Unchanged(slug) : new DocumentImporter.Conflict(slug));
            }
        }
        if (created.isEmpty()) {
            return outcomes;
        }

        // 2. The people and catalog entries the documents name, as stored, then as each document leaves them.
        var people = storedPeople(c, created);
        var entries = storedEntries(c, created);
        for (var checked : created) {
            var doc = checked.doc();
            for (var input : doc.people()) {
                apply(people.computeIfAbsent(input.id(), id -> new PersonState(0, false, 0, id, input.name())), input);
            }
            applyAll(entries, EntryType.PLACE, doc.places());
            applyAll(entries, EntryType.ORGANIZATION, doc.organizations());
            applyAll(entries, EntryType.TOPIC, doc.topics());
        }

        // 3. Keys for every new row, in blocks.
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("article", created.size());
        counts.put("person", (int) people.values().stream().filter(p -> !p.stored).count());
        counts.put("catalog_entry", (int) entries.values().stream().filter(e -> !e.stored).count());
        for (var checked : created) {
            var d = checked.doc();
            counts.merge("paragraph", d.paragraphs().size(), Integer::sum);
            counts.merge("text_note", d.notes().size(), Integer::sum);
            counts.merge("person_mention", d.people().stream().mapToInt(p -> p.mentions().size()).sum(), Integer::sum);
            counts.merge("catalog_mention", mentions(d.places()) + mentions(d.organizations()) + mentions(d.topics()), Integer::sum);
            counts.merge("quote", d.quotes().size(), Integer::sum);
            counts.merge("resolution", d.resolutions().size(), Integer::sum);
            counts.merge("resolution_mention", d.resolutions().stream().mapToInt(r -> r.mentions().size()).sum(), Integer::sum);
            counts.merge("event", d.events().size(), Integer::sum);
            counts.merge("event_evidence", d.events().stream().mapToInt(e -> e.evidence().size()).sum(), Integer::sum);
        }
        var keys = keys(c, counts);
        people.values().stream().filter(p -> !p.stored).forEach(p -> p.id = keys.of("person").next());
        entries.values().stream().filter(e -> !e.stored).forEach(e -> e.id = keys.of("catalog_entry").next());

        // 4. The rows, table by table, parents before children: one COPY each.
        var rows = new Rows(people, entries, keys);
        rows.peopleAndEntries();
        for (var checked : created) {
            rows.document(checked);
        }
        rows.article.copy(c);
        rows.paragraph.copy(c);
        rows.note.copy(c);
        rows.person.copy(c);
        updatePeople(c, people);
        rows.alias.copy(c);
        rows.personMention.copy(c);
        rows.entry.copy(c);
        updateEntries(c, entries);
        rows.entryMention.copy(c);
        rows.quote.copy(c);
        rows.quoteTopic.copy(c);
        rows.resolution.copy(c);
        rows.resolutionMention.copy(c);
        rows.event.copy(c);
        rows.participant.copy(c);
        rows.evidence.copy(c);
        for (var checked : created) {
            var d = checked.doc();
            audit.record(Audit.Action.CREATE, "article", d.slug(), d.slug(), null, 0, DocumentImporter.importSummary(d));
        }
        return outcomes;
    }

    /**
     * A batch's rows, a {@link CopyRows} per table, filled document by document. Each record
     * kind has a method of its own: the JIT compiles small methods called once a document
     * (or once a record) as they are, where one method looping over the batch was compiled
     * on the stack again and again (133 KB of machine code, 4 to 9 s of the C2 compiler's
     * time each, most of the compiler's 5 s in an import of 2 000 documents).
     */
    private static final class Rows {
        final CopyRows article = new CopyRows("article", "id, slug, headline, publisher, url, language, published_earliest, "
                + "published_latest, published_precision, " + span("published_span") + ", published_stated, published_source, body, "
                + "content_hash");
        final CopyRows paragraph = new CopyRows("paragraph", "id, article_id, ordinal, kind, " + span("span"));
        final CopyRows note = new CopyRows("text_note", "id, article_id, ordinal, kind, " + span("span") + ", note");
        final CopyRows person = new CopyRows("person", "id, slug, name, role, country, wikidata_id");
        final CopyRows alias = new CopyRows("person_alias", "person_id, ordinal, alias");
        final CopyRows personMention = new CopyRows("person_mention", "id, article_id, person_id, " + span("span"));
        final CopyRows entry = new CopyRows("catalog_entry", "id, type, slug, name, kind, country");
        final CopyRows entryMention = new CopyRows("catalog_mention", "id, article_id, entry_id, " + span("span"));
        final CopyRows quote = new CopyRows("quote", "id, article_id, ordinal, speaker_id, kind, " + span("source") + ", "
                + span("cue") + ", " + span("content") + ", channel_name, " + span("channel_span") + ", article_published");
        final CopyRows quoteTopic = new CopyRows("quote_topic", "quote_id, ordinal, topic_id");
        final CopyRows resolution = new CopyRows("resolution", "id, article_id, ordinal, issuer, kind, title, identifier_value, "
                + "identifier_stated, identifier_source, adopted_earliest, adopted_latest, adopted_precision, " + span("adopted_span")
                + ", adopted_stated, adopted_source, demands_text, " + span("demands_span"));
        final CopyRows resolutionMention = new CopyRows("resolution_mention", "id, resolution_id, article_id, " + span("span"));
        final CopyRows event = new CopyRows("event", "id, article_id, ordinal, kind, title, status, happens_earliest, happens_latest, "
                + "happens_precision, " + span("happens_span") + ", happens_stated, happens_source, place_id, place_stated, place_source");
        final CopyRows participant = new CopyRows("event_participant", "event_id, ordinal, person_id");
        final CopyRows evidence = new CopyRows("event_evidence", "id, event_id, article_id, " + span("span"));

        private final Map<String, PersonState> people;
        private final Map<String, EntryState> entries;
        private final TableKeys keys;

        Rows(Map<String, PersonState> people, Map<String, EntryState> entries, TableKeys keys) {
            this.people = people;
            this.entries = entries;
            this.keys = keys;
        }

        /** The new people and entries, and the aliases the batch adds to anyone. */
        void peopleAndEntries() {
            for (var p : people.values()) {
                if (!p.stored) {
                    person.value(p.id).value(p.slug).value(p.name).value(p.role).value(p.country).value(p.wikidataId).end();
                }
                for (int i = p.storedAliases; i < p.aliases.size(); i++) {
                    alias.value(p.id).value(i).value(p.aliases.get(i)).end();
                }
            }
            for (var e : entries.values()) {
                if (!e.stored) {
                    entry.value(e.id).value(e.type).value(e.slug).value(e.name).value(e.kind).value(e.country).end();
                }
            }
        }

        /** One document's rows: the article, its paragraphs, notes, mentions, quotes, resolutions and events. */
        void document(Checked checked) {
            var d = checked.doc();
            var anchors = checked.anchors();
            long key = keys.of("article").next();
            article.value(key).value(d.slug()).value(d.headline()).value(d.publisher()).value(d.url()).value(d.language())
                    .time(anchors.complete(d.published())).value(d.body()).value(checked.hash()).end();
            for (int i = 0; i < d.paragraphs().size(); i++) {
                var p = d.paragraphs().get(i);
                paragraph.value(keys.of("paragraph").next()).value(key).value(i).value(p.kind()).span(anchors.complete(p.span())).end();
            }
            for (int i = 0; i < d.notes().size(); i++) {
                var n = d.notes().get(i);
                note.value(keys.of("text_note").next()).value(key).value(i).value(n.kind()).span(anchors.complete(n.span()))
                        .value(n.note()).end();
            }
            for (var p : d.people()) {
                long personKey = personKey(p.id());
                for (var s : p.mentions()) {
                    personMention.value(keys.of("person_mention").next()).value(key).value(personKey).span(anchors.complete(s)).end();
                }
            }
            entryMentions(key, EntryType.PLACE, d.places(), anchors);
            entryMentions(key, EntryType.ORGANIZATION, d.organizations(), anchors);
            entryMentions(key, EntryType.TOPIC, d.topics(), anchors);
            // The quotes' sort key, given here so the row trigger has nothing to look up (migration V8).
            var published = d.published() == null ? null : d.published().earliest();
            for (int i = 0; i < d.quotes().size(); i++) {
                quote(key, i, d.quotes().get(i), published, anchors);
            }
            for (int i = 0; i < d.resolutions().size(); i++) {
                resolution(key, i, d.resolutions().get(i), anchors);
            }
            for (int i = 0; i < d.events().size(); i++) {
                event(key, i, d.events().get(i), anchors);
            }
        }

        private void entryMentions(long article, EntryType type, List<EntryInput> inputs, Anchors anchors) {
            for (var e : inputs) {
                long entryKey = entryKey(type, e.id());
                for (var s : e.mentions()) {
                    entryMention.value(keys.of("catalog_mention").next()).value(article).value(entryKey).span(anchors.complete(s)).end();
                }
            }
        }

        private void quote(long article, int ordinal, QuoteInput q, @Nullable LocalDate published, Anchors anchors) {
            long quoteKey = keys.of("quote").next();
            quote.value(quoteKey).value(article).value(ordinal).value(personKey(q.speaker().id())).value(q.kind())
                    .span(anchors.complete(q.source())).span(anchors.complete(q.cue())).span(anchors.complete(q.content()))
                    .value(q.channel() == null ? null : q.channel().name())
                    .span(q.channel() == null ? null : anchors.complete(q.channel().span())).value(published).end();
            for (int j = 0; j < q.topics().size(); j++) {
                quoteTopic.value(quoteKey).value(j).value(entryKey(EntryType.TOPIC, q.topics().get(j).id())).end();
            }
        }

        private void resolution(long article, int ordinal, ResolutionInput r, Anchors anchors) {
            long resolutionKey = keys.of("resolution").next();
            var identifier = r.identifier();
            var demands = r.demands();
            resolution.value(resolutionKey).value(article).value(ordinal).value(r.issuer()).value(r.kind()).value(r.title())
                    .value(identifier == null ? null : identifier.value()).value(identifier == null || identifier.stated())
                    .value(identifier == null ? null : identifier.source()).time(anchors.complete(r.adopted()))
                    .value(demands == null ? null : demands.text())
                    .span(demands == null || demands.span() == null ? null : anchors.complete(demands.span())).end();
            for (var s : r.mentions()) {
                resolutionMention.value(keys.of("resolution_mention").next()).value(resolutionKey).value(article)
                        .span(anchors.complete(s)).end();
            }
        }

        private void event(long article, int ordinal, EventInput e, Anchors anchors) {
            long eventKey = keys.of("event").next();
            var place = e.place();
            event.value(eventKey).value(article).value(ordinal).value(e.kind()).value(e.title()).value(e.status())
                    .time(anchors.complete(e.when()))
                    .value(place == null ? null : entryKey(EntryType.PLACE, place.id()))
                    .value(place == null || place.stated()).value(place == null ? null : place.source()).end();
            for (int j = 0; j < e.participants().size(); j++) {
                participant.value(eventKey).value(j).value(personKey(e.participants().get(j).id())).end();
            }
            for (var s : e.evidence()) {
                evidence.value(keys.of("event_evidence").next()).value(eventKey).value(article).span(anchors.complete(s)).end();
            }
        }

        private long personKey(String slug) {
            return Objects.requireNonNull(people.get(slug), slug).id;
        }

        private long entryKey(EntryType type, String slug) {
            return Objects.requireNonNull(entries.get(stateKey(type, slug)), slug).id;
        }
    }

    /** As {@code People.recordForArticle} changes a person: the name always, the rest when given, aliases added. */
    private static void apply(PersonState p, PersonInput input) {
        if (!p.name.equals(input.name())) {
            p.name = input.name();
            p.changed = true;
        }
        if (input.role() != null && !input.role().equals(p.role)) {
            p.role = input.role();
            p.changed = true;
        }
        if (input.country() != null && !input.country().equals(p.country)) {
            p.country = input.country();
            p.changed = true;
        }
        if (input.wikidataId() != null && !input.wikidataId().equals(p.wikidataId)) {
            p.wikidataId = input.wikidataId();
            p.changed = true;
        }
        for (String alias : input.aliases()) {
            if (!p.aliases.contains(alias)) {
                p.aliases.add(alias);
                p.changed = true;
            }
        }
    }

    /** As {@code Catalog.recordForArticle} changes an entry: the name always, kind and country when given. */
    private static void applyAll(Map<String, EntryState> entries, EntryType type, List<EntryInput> inputs) {
        for (var input : inputs) {
            var e = entries.computeIfAbsent(stateKey(type, input.id()), k -> new EntryState(0, false, 0, type, input.id(), input.name()));
            if (!e.name.equals(input.name())) {
                e.name = input.name();
                e.changed = true;
            }
            if (input.kind() != null && !input.kind().equals(e.kind)) {
                e.kind = input.kind();
                e.changed = true;
            }
            if (input.country() != null && !input.country().equals(e.country)) {
                e.country = input.country();
                e.changed = true;
            }
        }
    }

    /** An entry's place in the batch's map of entry states: a slug is unique within its type only. */
    private static String stateKey(EntryType type, String slug) {
        return type.name() + ':' + slug;
    }

    private static int mentions(List<EntryInput> entries) {
        return entries.stream().mapToInt(e -> e.mentions().size()).sum();
    }

    private static String span(String prefix) {
        return String.join(", ", prefix + "_start", prefix + "_end", prefix + "_text", prefix + "_prefix", prefix + "_suffix");
    }

    private static Array texts(Connection c, List<String> values) throws SQLException {
        return c.createArrayOf("text", values.toArray());
    }

    private static Map<String, PersonState> storedPeople(Connection c, List<Checked> created) throws SQLException {
        var people = new LinkedHashMap<String, PersonState>();
        var slugs = created.stream().flatMap(d -> d.doc().people().stream()).map(PersonInput::id).distinct().toList();
        if (slugs.isEmpty()) {
            return people;
        }
        var byId = new HashMap<Long, PersonState>();
        try (var st = c.prepareStatement("select id, slug, name, role, country, wikidata_id, version from person where slug = any(?)")) {
            st.setArray(1, texts(c, slugs));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    var p = new PersonState(rs.getLong(1), true, rs.getInt(7), rs.getString(2), rs.getString(3));
                    p.role = rs.getString(4);
                    p.country = rs.getString(5);
                    p.wikidataId = rs.getString(6);
                    people.put(p.slug, p);
                    byId.put(p.id, p);
                }
            }
        }
        if (!byId.isEmpty()) {
            try (var st = c.prepareStatement("select person_id, alias from person_alias where person_id = any(?) order by person_id, ordinal")) {
                st.setArray(1, c.createArrayOf("bigint", byId.keySet().toArray()));
                try (var rs = st.executeQuery()) {
                    while (rs.next()) {
                        var p = Objects.requireNonNull(byId.get(rs.getLong(1)));
                        p.aliases.add(rs.getString(2));
                        p.storedAliases++;
                    }
                }
            }
        }
        return people;
    }

    private static Map<String, EntryState> storedEntries(Connection c, List<Checked> created) throws SQLException {
        var entries = new LinkedHashMap<String, EntryState>();
        var types = new ArrayList<String>();
        var slugs = new ArrayList<String>();
        var seen = new java.util.HashSet<String>();
        for (var checked : created) {
            var d = checked.doc();
            for (var group : List.of(Map.entry(EntryType.PLACE, d.places()), Map.entry(EntryType.ORGANIZATION, d.organizations()),
                    Map.entry(EntryType.TOPIC, d.topics()))) {
                for (var e : group.getValue()) {
                    if (seen.add(stateKey(group.getKey(), e.id()))) {
                        types.add(group.getKey().name());
                        slugs.add(e.id());
                    }
                }
            }
        }
        if (slugs.isEmpty()) {
            return entries;
        }
        try (var st = c.prepareStatement("select e.id, e.type, e.slug, e.name, e.kind, e.country, e.version from catalog_entry e "
                + "join unnest(?::text[], ?::text[]) as k(type, slug) on e.type = k.type and e.slug = k.slug")) {
            st.setArray(1, texts(c, types));
            st.setArray(2, texts(c, slugs));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    var type = EntryType.valueOf(rs.getString(2));
                    var e = new EntryState(rs.getLong(1), true, rs.getInt(7), type, rs.getString(3), rs.getString(4));
                    e.kind = rs.getString(5);
                    e.country = rs.getString(6);
                    entries.put(stateKey(type, e.slug), e);
                }
            }
        }
        return entries;
    }

    /** The keys of each table. */
    private record TableKeys(Map<String, Keys> byTable) {
        Keys of(String table) {
            return Objects.requireNonNull(byTable.get(table), table);
        }
    }

    private static TableKeys keys(Connection c, Map<String, Integer> counts) throws SQLException {
        var sequences = new ArrayList<String>();
        var blocks = new ArrayList<Integer>();
        counts.forEach((table, n) -> {
            if (n > 0) {
                sequences.add(table + "_id_seq");
                blocks.add((n + KEY_BLOCK - 1) / KEY_BLOCK);
            }
        });
        var tops = new HashMap<String, List<Long>>();
        try (var st = c.prepareStatement("select k.seq, nextval(k.seq::regclass) from unnest(?::text[], ?::int[]) as k(seq, blocks), "
                + "generate_series(1, k.blocks)")) {
            st.setArray(1, texts(c, sequences));
            st.setArray(2, c.createArrayOf("int4", blocks.toArray()));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    tops.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        var keys = new HashMap<String, Keys>();
        counts.keySet().forEach(table -> keys.put(table, new Keys(tops.getOrDefault(table + "_id_seq", List.of()))));
        return new TableKeys(keys);
    }

    private static void updatePeople(Connection c, Map<String, PersonState> people) throws SQLException {
        var changed = people.values().stream().filter(p -> p.stored && p.changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        try (var st = c.prepareStatement("update person set name = ?, role = ?, country = ?, wikidata_id = ?, updated_at = now(), "
                + "version = version + 1 where id = ? and version = ?")) {
            for (var p : changed) {
                st.setString(1, p.name);
                st.setString(2, p.role);
                st.setString(3, p.country);
                st.setString(4, p.wikidataId);
                st.setLong(5, p.id);
                st.setInt(6, p.version);
                st.addBatch();
            }
            requireEach(st, "person");
        }
    }

    private static void updateEntries(Connection c, Map<String, EntryState> entries) throws SQLException {
        var changed = entries.values().stream().filter(e -> e.stored && e.changed).toList();
        if (changed.isEmpty()) {
            return;
        }
        try (var st = c.prepareStatement("update catalog_entry set name = ?, kind = ?, country = ?, updated_at = now(), "
                + "version = version + 1 where id = ? and version = ?")) {
            for (var e : changed) {
                st.setString(1, e.name);
                st.setString(2, e.kind);
                st.setString(3, e.country);
                st.setLong(4, e.id);
                st.setInt(5, e.version);
                st.addBatch();
            }
            requireEach(st, "catalog entry");
        }
    }

    /** Runs the batch of versioned updates; one that found its row changed meanwhile fails the batch. */
    private static void requireEach(PreparedStatement st, String what) throws SQLException {
        for (int count : st.executeBatch()) {
            if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
                throw new OptimisticLockingFailureException("a " + what + " the batch updates was changed meanwhile");
            }
        }
    }
}
