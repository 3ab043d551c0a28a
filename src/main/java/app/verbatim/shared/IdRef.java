package app.verbatim.shared;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reference to a named record in a document being imported. The API writes references as
 * {@code {id, name}}; the name is accepted and ignored so an exported document imports as is.
 */
@JsonIgnoreProperties("name")
public record IdRef(@NotBlank @Size(max = 120) String id) {
}
