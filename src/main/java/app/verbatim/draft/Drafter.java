package app.verbatim.draft;

import app.verbatim.article.ArticleInput.ParagraphInput;
import app.verbatim.article.ParagraphKind;
import app.verbatim.document.ArticleDocument;
import app.verbatim.shared.Anchors;
import app.verbatim.shared.TextSpan;
import app.verbatim.shared.TimeRef;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** TEMPORARY (draft-web): the text structure only, until draft-app's drafter is merged. */
@Service
public class Drafter {

    public Draft draft(DraftRequest request) {
        String body = request.body();
        var anchors = new Anchors(body);
        int[] points = body.codePoints().toArray();
        var paragraphs = new ArrayList<ParagraphInput>();
        int start = -1;
        for (int i = 0; i <= points.length; i++) {
            boolean breaks = i == points.length || points[i] == '\n';
            if (!breaks && start < 0 && !Character.isWhitespace(points[i])) {
                start = i;
            }
            if (breaks && start >= 0) {
                int end = i;
                while (end > start && Character.isWhitespace(points[end - 1])) {
                    end--;
                }
                var kind = paragraphs.isEmpty() && request.headline() == null ? ParagraphKind.HEADING : ParagraphKind.PARAGRAPH;
                paragraphs.add(new ParagraphInput(kind, anchors.complete(new TextSpan(start, end, anchors.slice(start, end), null, null))));
                start = -1;
            }
        }
        String headline = request.headline() != null ? request.headline()
                : paragraphs.isEmpty() ? "Untitled" : paragraphs.getFirst().span().text();
        var published = request.published() == null ? null
                : new TimeRef(request.published(), request.published(), TimeRef.Precision.DAY, null, false, "given with the text");
        var document = new ArticleDocument(null, headline, request.publisher(), request.url(),
                request.language() == null ? "en" : request.language(), published, body, paragraphs, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        return new Draft(document, List.of(new ReviewItem("", 0.5, "stub", "draft-app's drafter is not merged yet")));
    }
}
