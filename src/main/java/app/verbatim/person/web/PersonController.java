package app.verbatim.person.web;

import app.verbatim.person.People;
import app.verbatim.person.PersonView;
import app.verbatim.shared.PageOf;
import app.verbatim.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People")
class PersonController {

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "People, by name")
    PageOf<PersonView> list(@Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                            @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return people.list(PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person, by id (a slug such as ilham-aliyev)")
    PersonView get(@PathVariable String id) {
        return people.get(id);
    }
}
