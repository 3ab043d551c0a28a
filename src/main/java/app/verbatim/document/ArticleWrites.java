package app.verbatim.document;

import app.verbatim.article.Articles;
import app.verbatim.audit.AuditedWrites;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.ConflictException;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.web.Edit;
import app.verbatim.shared.web.Precondition;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replacing, editing and deleting whole articles. Every write locks the article, checks
 * {@code If-Match} against the model as it is, and is recorded in the audit trail in the same
 * transaction: it happens whole or not at all.
 */
@Service
public class ArticleWrites {

    private final DocumentImporter importer;
    private final ArticleModels models;
    private final Articles articles;
    private final Reanchoring reanchoring;
    private final AuditedWrites writes;
    private final jakarta.persistence.EntityManager entityManager;

    ArticleWrites(jakarta.persistence.EntityManager entityManager, DocumentImporter importer, ArticleModels models, Articles articles,
                  Reanchoring reanchoring, AuditedWrites writes) {
        this.entityManager = entityManager;
        this.importer = importer;
        this.models = models;
        this.articles = articles;
        this.reanchoring = reanchoring;
        this.writes = writes;
    }

    /** The records of a document, each edited through its own resources, not by a PATCH of the article. */
    private record Records(String name, Function<ArticleDocument, List<?>> of) {
    }

    private static final List<Records> RECORDS = List.of(new Records("people", ArticleDocument::people),
            new Records("places", ArticleDocument::places), new Records("organizations", ArticleDocument::organizations),
            new Records("topics", ArticleDocument::topics), new Records("quotes", ArticleDocument::quotes),
            new Records("resolutions", ArticleDocument::resolutions), new Records("events", ArticleDocument::events));

    /** Replaces the article and all its records with the document (records get new ids). */
    @Transactional
    public ArticleModel replace(String slug, ArticleDocument doc, Precondition precondition) {
        var locked = articles.lock(slug);
        var current = models.model(slug);
        writes.require(precondition, current);
        if (!doc.slug().equals(slug)) {
            throw new InvalidDocumentException(List.of(new FieldProblem("slug", "must be '%s', the article's slug; a new slug is a new article".formatted(slug))));
        }
        var problems = importer.check(doc);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        var anchors = new Anchors(doc.body());
        importer.forgetRecords(locked.key());
        int after = articles.update(locked.key(), DocumentImporter.articleInput(doc), importer.hash(doc), anchors);
        importer.writeRecords(locked.key(), doc, anchors);
        writes.updated(target(slug), current.version(), after, "article replaced");
        return models.model(slug);
    }

    /**
     * Applies an edit to the article's own fields: headline, publisher, url, language,
     * published, body, paragraphs, notes. When the body changes, every span is moved to where
     * its words now are (by their prefix and suffix); if any cannot be, nothing changes and the
     * problem names each record that would break. Records are edited through their own resources.
     */
    @Transactional
    public ArticleModel update(String slug, Edit<ArticleDocument> edit, Precondition precondition) {
        var locked = articles.lock(slug);
        var current = models.model(slug);
        writes.require(precondition, current);
        var before = DocumentExport.of(current);
        var edited = edit.applyTo(before);
        if (edited.isEmpty()) {
            // An edit that changes nothing writes nothing: no version, no audit entry, the same ETag.
            return current;
        }
        var doc = edited.get();
        var problems = new java.util.ArrayList<FieldProblem>();
        if (!doc.slug().equals(slug)) {
            problems.add(new FieldProblem("slug", "cannot change; a new slug is a new article"));
        }
        for (var records : RECORDS) {
            if (!records.of().apply(before).equals(records.of().apply(doc))) {
                problems.add(new FieldProblem(records.name(), "is edited through its own resources (or PUT the whole article), not PATCH"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        var anchors = new Anchors(doc.body());
        if (!doc.body().equals(before.body())) {
            // Paragraphs and notes sent with the patch are already against the new body; the rest must move.
            var skip = new HashSet<String>();
            if (edit.touches("paragraphs")) {
                skip.add("paragraph");
            }
            if (edit.touches("notes")) {
                skip.add("text_note");
            }
            var broken = new java.util.ArrayList<>(reanchoring.reanchor(locked.key(), anchors, skip));
            var published = doc.published();
            if (!edit.touches("published") && published != null && published.span() != null) {
                var span = published.span();
                int at = Reanchoring.locate(anchors, span.text(), Objects.requireNonNullElse(span.prefix(), ""),
                        Objects.requireNonNullElse(span.suffix(), ""), span.start());
                if (at < 0) {
                    broken.add(new FieldProblem("published.span", "its words \"%s\" cannot be found again in the body".formatted(span.text())));
                } else {
                    published = new app.verbatim.shared.TimeRef(published.earliest(), published.latest(), published.precision(),
                            new app.verbatim.shared.TextSpan(at, at + span.text().codePointCount(0, span.text().length()), span.text(), null, null),
                            published.stated(), published.source());
                }
            }
            if (!broken.isEmpty()) {
                throw new InvalidDocumentException(broken);
            }
            // The spans moved in the database, under the persistence context: read them afresh.
            entityManager.flush();
            entityManager.clear();
            var moved = DocumentExport.of(models.model(slug));
            doc = moved.withArticleFields(new ArticleDocument(doc.slug(), doc.headline(), doc.publisher(), doc.url(),
                    doc.language(), published, doc.body(),
                    edit.touches("paragraphs") ? doc.paragraphs() : moved.paragraphs(),
                    edit.touches("notes") ? doc.notes() : moved.notes(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        problems.addAll(importer.check(doc));
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        int after = articles.update(locked.key(), DocumentImporter.articleInput(doc), importer.hash(doc), anchors);
        writes.updated(target(slug), current.version(), after, "article patched: " + String.join(", ", edit.fields()));
        return models.model(slug);
    }

    /** Deletes the article and every record of it; people and catalog entries stay for other articles. */
    @Transactional
    public void delete(String slug, Precondition precondition) {
        var locked = articles.lock(slug);
        writes.delete(target(slug), precondition, models.model(slug), () -> {
            importer.forgetRecords(locked.key());
            articles.delete(locked.key());
        });
    }

    private static AuditedWrites.Target target(String slug) {
        return new AuditedWrites.Target("article", slug, slug);
    }

    /** Imports a new article; the same document again changes nothing, another one under its slug is a conflict. */
    @Transactional
    public DocumentImporter.Outcome create(ArticleDocument doc) {
        var outcome = importer.importDocument(doc);
        if (outcome instanceof DocumentImporter.Conflict) {
            throw new ConflictException(slugTaken(doc.slug()));
        }
        return outcome;
    }

    /** Why a document is not imported under a slug another document holds. */
    static String slugTaken(String slug) {
        return "Another document is stored under the slug '%s'; PUT it there to replace it.".formatted(slug);
    }
}
