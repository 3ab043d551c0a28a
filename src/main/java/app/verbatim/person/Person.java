package app.verbatim.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** One person across all articles, found by slug, name or any alias the texts use. */
@Entity
class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_id")
    @SequenceGenerator(name = "person_id", sequenceName = "person_id_seq", allocationSize = 50)
    @Nullable Long id;

    String slug;
    String name;
    @Nullable String role;
    @Nullable String country;
    @Nullable String wikidataId;

    @ElementCollection
    @CollectionTable(name = "person_alias", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "alias")
    List<String> aliases = new ArrayList<>();

    @CreationTimestamp
    @Nullable Instant createdAt;
    @UpdateTimestamp
    @Nullable Instant updatedAt;
    @Version
    int version;

    protected Person() {
        this.slug = "";
        this.name = "";
    }

    Person(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }

    /** The id, which a person has from the moment it is saved. */
    long key() {
        return Objects.requireNonNull(id, "a person that is not saved has no id");
    }
}
