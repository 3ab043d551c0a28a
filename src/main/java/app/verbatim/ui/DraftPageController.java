package app.verbatim.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the draft page for {@code /drafts}: a static page whose script posts the pasted text to
 * {@code POST /api/v1/drafts} and renders the answer with the article page's own code.
 */
@Controller
class DraftPageController {

    @GetMapping("/drafts")
    String drafts() {
        return "forward:/draft.html";
    }
}
