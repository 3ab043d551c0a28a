package app.verbatim.document;

import app.verbatim.article.ArticleInput.NoteInput;
import app.verbatim.article.ArticleInput.ParagraphInput;
import app.verbatim.catalog.EntryInArticle;
import app.verbatim.event.EventView;
import app.verbatim.person.PersonInArticle;
import app.verbatim.quote.QuoteView;
import app.verbatim.resolution.ResolutionView;
import app.verbatim.shared.TimeRef;
import app.verbatim.shared.Versioned;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The whole article model in one document: what a frontend needs to render the article. */
public record ArticleModel(
        String slug,
        String headline,
        @Nullable String publisher,
        @Nullable String url,
        String language,
        @Nullable TimeRef published,
        @Nullable Instant createdAt,
        @Nullable Instant updatedAt,
        int version,
        String body,
        List<ParagraphInput> paragraphs,
        List<NoteInput> notes,
        List<PersonInArticle> people,
        List<EntryInArticle> places,
        List<EntryInArticle> organizations,
        List<EntryInArticle> topics,
        List<QuoteView> quotes,
        List<ResolutionView> resolutions,
        List<EventView> events) implements Versioned {
}
