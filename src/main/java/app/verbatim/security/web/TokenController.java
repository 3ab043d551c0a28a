package app.verbatim.security.web;

import app.verbatim.security.IssuedToken;
import app.verbatim.security.Role;
import app.verbatim.security.TokenView;
import app.verbatim.security.Tokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tokens (admin)")
record TokenController(Tokens tokens) {

    // No NUL and no lone surrogate: PostgreSQL's text cannot hold the one, the driver would store the other as '?'.
    record NewToken(@NotBlank @Size(max = 200) @Pattern(regexp = "[^\\x00\\p{Cs}]*", message = "must not contain a NUL or a lone surrogate")
                    String name, @NotNull Role role) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Issue a token; its secret is in this answer and nowhere else")
    ResponseEntity<IssuedToken> issue(@Valid @RequestBody NewToken request) {
        var issued = tokens.issue(request.name(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "All tokens, without their secrets")
    List<TokenView> list() {
        return tokens.list();
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke a token")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
