package app.verbatim.person;

import app.verbatim.audit.AuditedWrites;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.ConflictException;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.Maps;
import app.verbatim.shared.NotFoundException;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import app.verbatim.shared.Ref;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.database.IdPage;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's public face: look people up, and record the people of an article. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository persons;
    private final PersonMentionRepository mentions;
    private final JdbcClient jdbc;
    private final PersonSearch search;
    private final AuditedWrites writes;

    People(PersonRepository persons, PersonMentionRepository mentions, JdbcClient jdbc, PersonSearch search, AuditedWrites writes) {
        this.search = search;
        this.writes = writes;
        this.persons = persons;
        this.mentions = mentions;
        this.jdbc = jdbc;
    }

    /**
     * People by name; with a {@code name}, those whose name or an alias is close to it, best
     * first: trigram word similarity, so "aliev" finds Aliyev and "Abishevich" finds Nazarbayev
     * by the alias "Nursultan Abishevich". Read-only like every read: a read-write commit moves
     * {@code ChangeFeed}'s epoch, and so would throw away every cached article model on each search.
     */
    public PageOf<PersonView> list(@Nullable String name, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        return name == null || name.isBlank() ? views(search.byName(updatedSince, page), page) : findByName(name.strip(), updatedSince, page);
    }

    /** The people closest to {@code name}, best first (see {@link #list}). */
    public PageOf<PersonView> findByName(String name, @Nullable OffsetDateTime updatedSince, PageQuery page) {
        return views(search.closeTo(name, updatedSince, page), page);
    }

    private PageOf<PersonView> views(IdPage found, PageQuery page) {
        return PageOf.of(found.load(persons::findByIdIn, Person::key).stream().map(PersonView::from).toList(), page, found.total());
    }

    public PersonView get(String id) {
        return persons.findBySlug(id).map(PersonView::from).orElseThrow(() -> new NotFoundException("person", id));
    }

    /** The internal keys of the people an id, name or alias names (case-insensitive); empty if none. */
    public List<Long> keysNamedBy(String term) {
        return persons.findIdsByNameOrAlias(term.strip());
    }

    /** When any person last changed: what shows people (an article model) may have changed since. */
    public java.time.@Nullable Instant lastUpdate() {
        return persons.lastUpdate();
    }

    public java.util.Optional<Long> findKey(String id) {
        return persons.findBySlug(id).map(Person::key);
    }

    /** The person's key; 404 when the id names no one. One index look-up, no entity loaded. */
    public long keyOf(String id) {
        return jdbc.sql("select id from person where slug = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("person", id));
    }

    public Map<Long, Ref> refs(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return persons.findAllById(keys).stream()
                .collect(Collectors.toMap(Person::key, p -> new Ref(p.slug, p.name)));
    }

    @Transactional
    public PersonView create(PersonFields fields) {
        if (persons.findBySlug(fields.id()).isPresent()) {
            throw new ConflictException("A person with the id '%s' exists; PATCH it instead.".formatted(fields.id()));
        }
        var person = new Person(fields.id(), fields.name());
        apply(person, fields);
        var saved = persons.saveAndFlush(person);
        writes.created(target(saved.slug), saved.version(), "person created");
        return PersonView.from(saved);
    }

    /** Edits a person, if still as the client read them; the id cannot change. */
    @Transactional
    public PersonView update(String id, Edit<PersonFields> edit, Precondition precondition) {
        var person = persons.findBySlugForUpdate(id).orElseThrow(() -> new NotFoundException("person", id));
        var current = new PersonFields(person.slug, person.name, person.role, person.country, List.copyOf(person.aliases), person.wikidataId);
        return writes.update(target(id), precondition, PersonView.from(person), current, edit, fields -> {
            if (!fields.id().equals(id)) {
                throw new InvalidDocumentException(List.of(new FieldProblem("id", "cannot change")));
            }
            apply(person, fields);
            persons.saveAndFlush(person);
            return PersonView.from(person);
        });
    }

    /** Deletes a person no record refers to any more; a quoted or mentioned person is a 409. */
    @Transactional
    public void delete(String id, Precondition precondition) {
        var person = persons.findBySlugForUpdate(id).orElseThrow(() -> new NotFoundException("person", id));
        writes.delete(target(id), precondition, PersonView.from(person), () -> {
            try {
                persons.delete(person);
                persons.flush();
            } catch (DataIntegrityViolationException e) {
                throw new ConflictException("'%s' is still quoted, mentioned or taking part in an event; remove those first.".formatted(id));
            }
        });
    }

    private static AuditedWrites.Target target(String id) {
        return new AuditedWrites.Target("person", id, null);
    }

    private static void apply(Person person, PersonFields fields) {
        person.name = fields.name();
        person.role = fields.role();
        person.country = fields.country();
        person.wikidataId = fields.wikidataId();
        person.aliases.clear();
        person.aliases.addAll(fields.aliases().stream().distinct().toList());
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
            // A new person is written at once: its mentions carry its key as a plain column, so Hibernate's
            // ordered inserts could otherwise put them (batched with an earlier person's) before it.
            var saved = person.isNew() ? persons.saveAndFlush(person) : persons.save(person);
            keys.put(input.id(), saved.key());
            mentions.saveAll(input.mentions().stream().map(s -> new PersonMention(articleKey, saved.key(), anchors.complete(s))).toList());
        }
        return keys;
    }

    /** The people an article mentions, in order of first mention, with all their mentions. */
    public List<PersonInArticle> inArticle(long articleKey) {
        var byPerson = mentions.findByArticleIdOrderBySpanStartAscIdAsc(articleKey).stream()
                .collect(Collectors.groupingBy(m -> m.personId, LinkedHashMap::new,
                        Collectors.mapping(m -> m.span(), Collectors.<TextSpan>toList())));
        Map<Long, Person> found = persons.findByIdIn(byPerson.keySet()).stream()
                .collect(Collectors.toMap(Person::key, Function.identity()));
        return byPerson.entrySet().stream().map(e -> {
            var p = Maps.required(found, e.getKey(), "person");
            return new PersonInArticle(p.slug, p.name, p.role, p.country, List.copyOf(p.aliases), p.wikidataId,
                    e.getValue());
        }).toList();
    }

    @Transactional
    public void forgetArticle(long articleKey) {
        mentions.deleteByArticleId(articleKey);
    }
}
