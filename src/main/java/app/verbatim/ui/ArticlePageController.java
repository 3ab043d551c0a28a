package app.verbatim.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the article page for {@code /articles/{slug}}. The page is static: its script reads the
 * slug from the address and asks the JSON API for the article, so an unknown slug is reported by
 * the page from the API's problem document, as any other client would see it.
 */
@Controller
class ArticlePageController {

    /** The list of articles; mapped here so that, like the article page, it is served whatever the Accept (Boot's welcome page answers an empty 406). */
    @GetMapping("/")
    String index() {
        return "forward:/index.html";
    }

    @GetMapping("/articles/{slug}")
    String article() {
        return "forward:/article.html";
    }
}
