package app.verbatim.catalog;

import app.verbatim.shared.TextSpan;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A place, organization or topic within one article's model, with every mention. */
public record EntryInArticle(String id, String name, @Nullable String kind, @Nullable String country,
                             List<TextSpan> mentions) {
}
