package app.verbatim.document;

import app.verbatim.article.ArticleInput.NoteInput;
import app.verbatim.article.ArticleInput.ParagraphInput;
import app.verbatim.catalog.EntryInput;
import app.verbatim.event.EventInput;
import app.verbatim.person.PersonInput;
import app.verbatim.quote.QuoteInput;
import app.verbatim.resolution.ResolutionInput;
import app.verbatim.shared.TimeRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An article with all its records, as a script writes it and as the seed is stored: the
 * article model of {@code GET /api/v1/articles/{slug}} without the fields the server owns
 * (ids of quotes, events and resolutions, versions, timestamps). People, places,
 * organizations and topics are named by their stable id (a slug), so one person is one
 * record across every article that quotes them.
 */
public record ArticleDocument(
        @NotBlank @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$") @Size(max = 200) String slug,
        @NotBlank @Size(max = 1000) String headline,
        @Nullable @Size(max = 300) String publisher,
        @Nullable @Size(max = 2000) @Pattern(regexp = "^https?://\\S+$") String url,
        @NotBlank @Pattern(regexp = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$") String language,
        @Valid @Nullable TimeRef published,
        @NotNull @Size(min = 1, max = 1_000_000) String body,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull ParagraphInput> paragraphs,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull NoteInput> notes,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull PersonInput> people,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull EntryInput> places,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull EntryInput> organizations,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull EntryInput> topics,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull QuoteInput> quotes,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull ResolutionInput> resolutions,
        @NotNull @Size(max = 10_000) List<@Valid @NotNull EventInput> events) {

    /**
     * What a client may leave out: the slug (made from the headline), the language ({@code und},
     * BCP 47's "undetermined") and any list of records. A headline and a body make an article.
     */
    public ArticleDocument {
        if ((slug == null || slug.isBlank()) && headline != null) {
            slug = slugOf(headline);
        }
        if (language == null || language.isBlank()) {
            language = "und";
        }
        paragraphs = paragraphs == null ? List.of() : paragraphs;
        notes = notes == null ? List.of() : notes;
        people = people == null ? List.of() : people;
        places = places == null ? List.of() : places;
        organizations = organizations == null ? List.of() : organizations;
        topics = topics == null ? List.of() : topics;
        quotes = quotes == null ? List.of() : quotes;
        resolutions = resolutions == null ? List.of() : resolutions;
        events = events == null ? List.of() : events;
    }

    static String slugOf(String headline) {
        return ArticleSlugs.of(headline);
    }

    /** This document's records with the article fields (text, publication, layout) of another. */
    ArticleDocument withArticleFields(ArticleDocument from) {
        return new ArticleDocument(slug, from.headline(), from.publisher(), from.url(), from.language(), from.published(),
                from.body(), from.paragraphs(), from.notes(), people, places, organizations, topics, quotes, resolutions, events);
    }
}
