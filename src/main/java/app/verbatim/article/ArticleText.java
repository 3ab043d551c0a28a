package app.verbatim.article;

import app.verbatim.article.ArticleInput.NoteInput;
import app.verbatim.article.ArticleInput.ParagraphInput;
import java.util.List;

/** An article with its text: the summary, the verbatim body, its paragraphs and the editors' notes. */
public record ArticleText(long key, ArticleSummary summary, String contentHash, String body,
                          List<ParagraphInput> paragraphs, List<NoteInput> notes) {
}
