package app.verbatim.document;

import app.verbatim.article.Articles;
import app.verbatim.audit.Audit;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.ConflictException;
import app.verbatim.shared.web.Etags;
import app.verbatim.shared.FieldProblem;
import app.verbatim.shared.web.InputReader;
import app.verbatim.shared.InvalidDocumentException;
import app.verbatim.shared.web.MergePatch;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

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
    private final Etags etags;
    private final InputReader reader;
    private final Audit audit;
    private final jakarta.persistence.EntityManager entityManager;

    ArticleWrites(jakarta.persistence.EntityManager entityManager, DocumentImporter importer, ArticleModels models, Articles articles, Reanchoring reanchoring, Etags etags,
                  InputReader reader, Audit audit) {
        this.entityManager = entityManager;
        this.importer = importer;
        this.models = models;
        this.articles = articles;
        this.reanchoring = reanchoring;
        this.etags = etags;
        this.reader = reader;
        this.audit = audit;
    }

    /** Replaces the article and all its records with the document (records get new ids). */
    @Transactional
    public ArticleModel replace(String slug, ArticleDocument doc, @Nullable String ifMatch) {
        var locked = articles.lock(slug);
        var current = models.model(slug);
        etags.require(ifMatch, current);
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
        audit.record(Audit.Action.UPDATE, "article", slug, slug, current.version(), after, "article replaced");
        return models.model(slug);
    }

    /**
     * Applies a JSON Merge Patch to the article's own fields: headline, publisher, url, language,
     * published, body, paragraphs, notes. When the body changes, every span is moved to where
     * its words now are (by their prefix and suffix); if any cannot be, nothing changes and the
     * problem names each record that would break. Records are edited through their own resources.
     */
    @Transactional
    public ArticleModel patch(String slug, JsonNode patch, @Nullable String ifMatch) {
        var locked = articles.lock(slug);
        var current = models.model(slug);
        etags.require(ifMatch, current);
        var before = DocumentExport.of(current);
        var doc = reader.read(MergePatch.apply(reader.tree(before), patch), ArticleDocument.class);
        if (reader.tree(doc).equals(reader.tree(before))) {
            // A patch that changes nothing writes nothing: no version, no audit entry, the same ETag.
            return current;
        }
        var problems = new java.util.ArrayList<FieldProblem>();
        if (!doc.slug().equals(slug)) {
            problems.add(new FieldProblem("slug", "cannot change; a new slug is a new article"));
        }
        for (var records : List.of("people", "places", "organizations", "topics", "quotes", "resolutions", "events")) {
            if (!Objects.equals(reader.tree(before).get(records), reader.tree(doc).get(records))) {
                problems.add(new FieldProblem(records, "is edited through its own resources (or PUT the whole article), not PATCH"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        var anchors = new Anchors(doc.body());
        if (!doc.body().equals(before.body())) {
            // Paragraphs and notes sent with the patch are already against the new body; the rest must move.
            var skip = new HashSet<String>();
            if (patch.has("paragraphs")) {
                skip.add("paragraph");
            }
            if (patch.has("notes")) {
                skip.add("text_note");
            }
            var broken = new java.util.ArrayList<>(reanchoring.reanchor(locked.key(), anchors, skip));
            var published = doc.published();
            if (!patch.has("published") && published != null && published.span() != null) {
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
                    patch.has("paragraphs") ? doc.paragraphs() : moved.paragraphs(),
                    patch.has("notes") ? doc.notes() : moved.notes(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        }
        problems.addAll(importer.check(doc));
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(problems);
        }
        int after = articles.update(locked.key(), DocumentImporter.articleInput(doc), importer.hash(doc), anchors);
        audit.record(Audit.Action.UPDATE, "article", slug, slug, current.version(), after, "article patched: "
                + String.join(", ", patch.propertyNames()));
        return models.model(slug);
    }

    /** Deletes the article and every record of it; people and catalog entries stay for other articles. */
    @Transactional
    public void delete(String slug, @Nullable String ifMatch) {
        var locked = articles.lock(slug);
        var current = models.model(slug);
        etags.require(ifMatch, current);
        importer.forgetRecords(locked.key());
        articles.delete(locked.key());
        audit.record(Audit.Action.DELETE, "article", slug, slug, current.version(), null, "article deleted");
    }

    /** Imports a new article; the same document again changes nothing, another one under its slug is a conflict. */
    @Transactional
    public DocumentImporter.Outcome create(ArticleDocument doc) {
        var outcome = importer.importDocument(doc);
        if (outcome instanceof DocumentImporter.Conflict) {
            throw new ConflictException("Another document is stored under the slug '%s'; PUT it there to replace it.".formatted(doc.slug()));
        }
        return outcome;
    }
}
