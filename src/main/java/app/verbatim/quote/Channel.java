package app.verbatim.quote;

import app.verbatim.shared.TextSpan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the article says it got the words from ("the official website cited Aliyev as saying"). */
public record Channel(@NotBlank @Size(max = 300) String name, @Valid @NotNull TextSpan span) {
}
