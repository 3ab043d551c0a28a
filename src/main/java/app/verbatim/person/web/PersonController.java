package app.verbatim.person.web;

import app.verbatim.shared.web.Body;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import app.verbatim.person.People;
import app.verbatim.person.PersonFields;
import app.verbatim.person.PersonView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.web.Formats;
import app.verbatim.shared.web.ListParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/people", produces = Formats.JSON)
@Tag(name = "People")
record PersonController(People people) {

    @GetMapping
    @Operation(summary = "People, by name; with name=, the closest matches first",
            description = "name matches names and aliases approximately (trigram word similarity): aliev finds Ilham Aliyev.")
    PageOf<PersonView> list(@Parameter(description = "A name or alias, spelt roughly") @RequestParam(required = false) @Nullable String name,
                            @ParameterObject ListParams list) {
        return people.list(name, list.updatedSince(), list.pageQuery());
    }

    @PostMapping(consumes = Formats.JSON, produces = Formats.JSON)
    @Operation(summary = "Create a person (editor)", description = "409 when the id is taken.")
    ResponseEntity<PersonView> create(@Body PersonFields fields) {
        var person = people.create(fields);
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(person);
    }

    @PatchMapping(path = "/{id}", consumes = Formats.MERGE_PATCH, produces = Formats.JSON)
    @Operation(summary = "Edit a person with a JSON Merge Patch (editor; If-Match required)")
    PersonView patch(@PathVariable String id, @Body Edit<PersonFields> edit, Precondition precondition) {
        return people.update(id, edit, precondition);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a person no record refers to (admin; If-Match required)", description = "409 while quoted or mentioned.")
    ResponseEntity<Void> delete(@PathVariable String id, Precondition precondition) {
        people.delete(id, precondition);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One person, by id (a slug such as ilham-aliyev)")
    PersonView get(@PathVariable String id) {
        return people.get(id);
    }
}
