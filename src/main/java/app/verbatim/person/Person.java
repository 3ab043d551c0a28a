package app.verbatim.person;

import app.verbatim.shared.database.VersionedRow;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One person across all articles, found by slug, name or any alias the texts use. */
@Entity
@SequenceGenerator(sequenceName = "person_id_seq", allocationSize = 50)
class Person extends VersionedRow {

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

    protected Person() {
        this.slug = "";
        this.name = "";
    }

    Person(String slug, String name) {
        this.slug = slug;
        this.name = name;
    }
}
