package app.verbatim.draft;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** TEMPORARY (draft-web): draft-app's record, until its branch is merged. */
public record DraftRequest(String body, @Nullable String headline, @Nullable String publisher, @Nullable String url,
                           @Nullable String language, @Nullable LocalDate published) {
}
