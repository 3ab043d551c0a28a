package app.verbatim.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' addresses, each forwarded to its static page whatever the Accept (Boot's welcome
 * page would answer {@code /} with an empty 406). A page is static: its script reads the rest from
 * the address and asks the JSON API, so an unknown slug is reported by the article page from the
 * API's problem document, as any other client would see it; the draft page posts the pasted text
 * to {@code POST /api/v1/drafts} and renders the answer with the article page's own code.
 */
@Configuration(proxyBeanMethods = false)
class Pages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
        registry.addViewController("/articles/{slug}").setViewName("forward:/article.html");
        registry.addViewController("/drafts").setViewName("forward:/draft.html");
    }
}
