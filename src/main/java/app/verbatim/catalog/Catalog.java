package app.verbatim.catalog;

import app.verbatim.audit.AuditedWrites;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.ConflictException;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog module's public face: places, organizations and topics. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final EntryRepository entries;
    private final EntryMentionRepository mentions;
    private final CatalogSearch search;
    private final AuditedWrites writes;

    Catalog(EntryRepository entries, EntryMentionRepository mentions, CatalogSearch search, AuditedWrites writes) {
        this.search = search;
        this.writes = writes;
        this.entries = entries;
        this.mentions = mentions;
    }

    /** One type's entries by name. */
    public PageOf<EntryView> list(EntryType type, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        var found = search.byName(type, updatedSince, page);
        return PageOf.of(found.load(entries::findAllById, Entry::key).stream().map(EntryView::from).toList(), page, found.total());
    }

    public EntryView get(EntryType type, String id) {
        return entries.findByTypeAndSlug(type, id).map(EntryView::from)
                .orElseThrow(() -> new NotFoundException(type.noun(), id));
    }

    /** When any place, organization or topic last changed. */
    public java.time.@Nullable Instant lastUpdate() {
        return entries.lastUpdate();
    }

    /** The internal key of an entry, if there is one of this type and id. */
    public Optional<Long> findKey(EntryType type, String id) {
        return entries.findByTypeAndSlug(type, id).map(Entry::key);
    }

    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return entries.findAllById(keys).stream().collect(Collectors.toMap(Entry::key, e -> new Ref(e.slug, e.name)));
    }

    @Transactional
    public EntryView create(EntryType type, EntryFields fields) {
        if (entries.findByTypeAndSlug(type, fields.id()).isPresent()) {
            throw new ConflictException("A %s with the id '%s' exists; PATCH it instead.".formatted(type.noun(), fields.id()));
        }
        var entry = new Entry(type, fields.id(), fields.name());
        entry.kind = fields.kind();
        entry.country = fields.country();
        var saved = entries.saveAndFlush(entry);
        writes.created(target(type, saved.slug), saved.version(), type.noun() + " created");
        return EntryView.from(saved);
    }

    /** Edits an entry, if still as the client read it; the id cannot change. */
    @Transactional
    public EntryView update(EntryType type, String id, Edit<EntryFields> edit, Precondition precondition) {
        var entry = entries.findByTypeAndSlugForUpdate(type, id).orElseThrow(() -> new NotFoundException(type.noun(), id));
        var current = new EntryFields(entry.slug, entry.name, entry.kind, entry.country);
        return writes.update(target(type, id), precondition, EntryView.from(entry), current, edit, fields -> {
            if (!fields.id().equals(id)) {
                throw new InvalidDocumentException(List.of(new FieldProblem("id", "cannot change")));
            }
            entry.name = fields.name();
            entry.kind = fields.kind();
            entry.country = fields.country();
            entries.saveAndFlush(entry);
            return EntryView.from(entry);
        });
    }

    /** Deletes an entry nothing refers to any more; one still mentioned, a topic of a quote or a place of an event is a 409. */
    @Transactional
    public void delete(EntryType type, String id, Precondition precondition) {
        var entry = entries.findByTypeAndSlugForUpdate(type, id).orElseThrow(() -> new NotFoundException(type.noun(), id));
        writes.delete(target(type, id), precondition, EntryView.from(entry), () -> {
            try {
                entries.delete(entry);
                entries.flush();
            } catch (DataIntegrityViolationException e) {
                throw new ConflictException("The %s '%s' is still referred to; remove those references first.".formatted(type.noun(), id));
            }
        });
    }

    private static AuditedWrites.Target target(EntryType type, String id) {
        return new AuditedWrites.Target(type.noun(), id, null);
    }

    /** Creates or updates the entries an article names and records their mentions; id → key. */
    @Transactional
    public Map<String, Long> recordForArticle(long articleKey, EntryType type, List<EntryInput> inputs, Anchors anchors) {
        var keys = new LinkedHashMap<String, Long>();
        for (var input : inputs) {
            var entry = entries.findByTypeAndSlug(type, input.id()).orElseGet(() -> new Entry(type, input.id(), input.name()));
            entry.name = input.name();
            if (input.kind() != null) {
                entry.kind = input.kind();
            }
            if (input.country() != null) {
                entry.country = input.country();
            }
            // A new entry is written at once: its mentions carry its key as a plain column, so Hibernate's
            // ordered inserts could otherwise put them (batched with an earlier entry's) before it.
            var saved = entry.isNew() ? entries.saveAndFlush(entry) : entries.save(entry);
            keys.put(input.id(), saved.key());
            mentions.saveAll(input.mentions().stream().map(s -> new EntryMention(articleKey, saved.key(), anchors.complete(s))).toList());
        }
        return keys;
    }

    /** Each type's entries mentioned in an article, in order of first mention. */
    public Map<EntryType, List<EntryInArticle>> inArticle(long articleKey) {
        var byEntry = mentions.findByArticleIdOrderBySpanStartAscIdAsc(articleKey).stream()
                .collect(Collectors.groupingBy(m -> m.entryId, LinkedHashMap::new,
                        Collectors.mapping(m -> m.span(), Collectors.<TextSpan>toList())));
        Map<Long, Entry> found = entries.findAllById(byEntry.keySet()).stream()
                .collect(Collectors.toMap(Entry::key, Function.identity()));
        var result = new EnumMap<EntryType, List<EntryInArticle>>(EntryType.class);
        for (var type : EntryType.values()) {
            result.put(type, byEntry.entrySet().stream()
                    .map(e -> Map.entry(found.get(e.getKey()), e.getValue()))
                    .filter(e -> e.getKey().type == type)
                    .map(e -> new EntryInArticle(e.getKey().slug, e.getKey().name, e.getKey().kind,
                            e.getKey().country, e.getValue()))
                    .toList());
        }
        return result;
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        mentions.deleteByArticleId(articleKey);
    }
}
