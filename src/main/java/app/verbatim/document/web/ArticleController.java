package app.verbatim.document.web;

import app.verbatim.article.ArticleSummary;
import app.verbatim.article.Articles;
import app.verbatim.document.ArticleModel;
import app.verbatim.document.ArticleModels;
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
@RequestMapping(path = "/api/v1/articles", produces = Formats.JSON)
@Tag(name = "Articles")
class ArticleController {

    private final Articles articles;
    private final ArticleModels models;

    ArticleController(Articles articles, ArticleModels models) {
        this.articles = articles;
        this.models = models;
    }

    @GetMapping
    @Operation(summary = "Articles, newest first", description = "Summaries without the text; follow the slug for the whole model.")
    PageOf<ArticleSummary> list(@Parameter(description = "Full-text query over headline and body, web-search syntax; ranks by relevance and adds match.snippet") @RequestParam(required = false) @Nullable String q,
                                @Parameter(description = "Only records changed at or after this RFC 3339 instant (encode + as %2B)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable OffsetDateTime updatedSince,
                              @Parameter(description = "Page number, from 0") @RequestParam(required = false) @Nullable Integer page,
                                @Parameter(description = "Page size, 1 to 100 (larger is clamped to 100), default 20") @RequestParam(required = false) @Nullable Integer size) {
        return articles.list(q == null || q.isBlank() ? null : q.strip(), updatedSince, PageQuery.of(page, size));
    }

    @GetMapping(path = "/{slug}", produces = {Formats.JSON, Formats.JSON_LD, Formats.NINJS})
    @Operation(summary = "The whole article model",
            description = "Body, paragraphs, notes, people, places, organizations, topics, quotes, resolutions and events, each with its spans into the body.")
    ArticleModel get(@PathVariable String slug) {
        return models.model(slug);
    }
}
