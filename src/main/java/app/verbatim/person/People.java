package app.verbatim.person;

import app.verbatim.shared.Anchors;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's public face: look people up, and record the people of an article. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository persons;
    private final PersonMentionRepository mentions;

    People(PersonRepository persons, PersonMentionRepository mentions) {
        this.persons = persons;
        this.mentions = mentions;
    }

    public PageOf<PersonView> list(PageQuery page) {
        return PageOf.of(persons.findAllOrdered(page.pageable(Sort.unsorted())), PersonView::from);
    }

    public PersonView get(String id) {
        return persons.findBySlug(id).map(PersonView::from).orElseThrow(() -> new NotFoundException("person", id));
    }

    /** The internal keys of the people an id, name or alias names (case-insensitive); empty if none. */
    public List<Long> keysNamedBy(String term) {
        return persons.findIdsByNameOrAlias(term.strip());
    }

    public long keyOf(String id) {
        return persons.findBySlug(id).map(p -> p.id).orElseThrow(() -> new NotFoundException("person", id));
    }

    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return persons.findAllById(keys).stream()
                .collect(Collectors.toMap(p -> p.id, p -> new Ref(p.slug, p.name)));
    }

    /**
     * Stores the people of an article: creates those not yet known, updates those known by id
     * (adding aliases the new text uses), and records their mentions. Returns id → internal key.
     */
    @Transactional
    public Map<String, Long> recordForArticle(long articleKey, List<PersonInput> people, Anchors anchors) {
        var keys = new LinkedHashMap<String, Long>();
        for (var input : people) {
            var person = persons.findBySlug(input.id()).orElseGet(() -> new Person(input.id(), input.name()));
            person.name = input.name();
            if (input.role() != null) {
                person.role = input.role();
            }
            if (input.country() != null) {
                person.country = input.country();
            }
            if (input.wikidataId() != null) {
                person.wikidataId = input.wikidataId();
            }
            for (String alias : input.aliases()) {
                if (!person.aliases.contains(alias)) {
                    person.aliases.add(alias);
                }
            }
            var saved = persons.save(person);
            keys.put(input.id(), saved.id);
            mentions.saveAll(input.mentions().stream().map(s -> new PersonMention(articleKey, saved.id, anchors.complete(s))).toList());
        }
        return keys;
    }

    /** The people an article mentions, in order of first mention, with all their mentions. */
    public List<PersonInArticle> inArticle(long articleKey) {
        var byPerson = mentions.findByArticleIdOrderBySpanStartAscIdAsc(articleKey).stream()
                .collect(Collectors.groupingBy(m -> m.personId, LinkedHashMap::new,
                        Collectors.mapping(m -> m.span, Collectors.<TextSpan>toList())));
        Map<Long, Person> found = persons.findByIdIn(byPerson.keySet()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return byPerson.entrySet().stream().map(e -> {
            var p = found.get(e.getKey());
            return new PersonInArticle(p.slug, p.name, p.role, p.country, List.copyOf(p.aliases), p.wikidataId,
                    e.getValue());
        }).toList();
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        mentions.deleteByArticleId(articleKey);
    }
}
