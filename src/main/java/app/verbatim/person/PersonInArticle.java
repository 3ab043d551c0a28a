package app.verbatim.person;

import app.verbatim.shared.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person within one article's model: who they are and every place the text names them. */
public record PersonInArticle(
        String id,
        String name,
        @Nullable String role,
        @Nullable String country,
        List<String> aliases,
        @Nullable String wikidataId,
        List<TextSpan> mentions) {
}
