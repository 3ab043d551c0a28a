package app.verbatim.catalog;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
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
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalog module's public face: places, organizations and topics. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final EntryRepository entries;
    private final EntryMentionRepository mentions;

    Catalog(EntryRepository entries, EntryMentionRepository mentions) {
        this.entries = entries;
        this.mentions = mentions;
    }

    public PageOf<EntryView> list(EntryType type, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        return PageOf.of(entries.findByType(type, updatedSince == null ? null : updatedSince.toInstant(),
                page.pageable(Sort.unsorted())), EntryView::from);
    }

    public EntryView get(EntryType type, String id) {
        return entries.findByTypeAndSlug(type, id).map(EntryView::from)
                .orElseThrow(() -> new NotFoundException(type.noun(), id));
    }

    /** The internal key of an entry, if there is one of this type and id. */
    public Optional<Long> findKey(EntryType type, String id) {
        return entries.findByTypeAndSlug(type, id).map(e -> e.id);
    }

    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return entries.findAllById(keys).stream().collect(Collectors.toMap(e -> e.id, e -> new Ref(e.slug, e.name)));
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
            var saved = entries.save(entry);
            keys.put(input.id(), saved.id);
            mentions.saveAll(input.mentions().stream().map(s -> new EntryMention(articleKey, saved.id, anchors.complete(s))).toList());
        }
        return keys;
    }

    /** Each type's entries mentioned in an article, in order of first mention. */
    public Map<EntryType, List<EntryInArticle>> inArticle(long articleKey) {
        var byEntry = mentions.findByArticleIdOrderBySpanStartAscIdAsc(articleKey).stream()
                .collect(Collectors.groupingBy(m -> m.entryId, LinkedHashMap::new,
                        Collectors.mapping(m -> m.span, Collectors.<TextSpan>toList())));
        Map<Long, Entry> found = entries.findAllById(byEntry.keySet()).stream()
                .collect(Collectors.toMap(e -> e.id, Function.identity()));
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
