package app.verbatim.person.web;

import app.verbatim.person.People;
import app.verbatim.person.PersonView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import java.time.OffsetDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import app.verbatim.shared.Formats;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/people", produces = Formats.JSON)
@Tag(name = "People")
class PersonController {

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "People, by name; with name=, the closest matches first",
            description = "name matches names and aliases approximately (trigram word similarity): aliev finds Ilham Aliyev.")
    PageOf<PersonView> list(@Parameter(description = "A name or alias, spelt roughly") @RequestParam(required = false) @Nullable String name,
                            @Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                              @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        var query = PageQuery.of(page, size);
        return name == null || name.isBlank() ? people.list(updatedSince, query) : people.findByName(name.strip(), updatedSince, query);
    }

    @GetMapping(path = "/{id}", produces = {Formats.JSON, Formats.JSON_LD})
    @Operation(summary = "One person, by id (a slug such as ilham-aliyev)")
    PersonView get(@PathVariable String id) {
        return people.get(id);
    }
}
