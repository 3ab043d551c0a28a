package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import app.verbatim.support.TestTokens;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The draft page in a real browser (Debian's chromium and chromedriver, skipped without them, as
 * for the article page): a pasted text drafted, shown by the article page's own renderer with
 * what to check flagged, and imported with a token that stays in the page. In the drafts
 * database, since it imports. Screenshots land in target/screenshots.
 */
@ApiTest
@TestPropertySource(properties = "verbatim.test.database=draft-web")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftPageBrowserTest {

    private static final String SEED = "/api/v1/articles/vestnik-kavkaza-nazarbayev-baku";
    private static final Pattern RECORD = Pattern.compile("^(quotes)(?:/|\\[|\\.)(\\d+)");

    /** The markup of a rendered view without what differs between a draft and a stored article by design. */
    private static final String NORMALIZED = """
            const clone = arguments[0].cloneNode(true);
            clone.querySelectorAll('.review-flag').forEach(e => e.remove());
            for (const e of [clone, ...clone.querySelectorAll('*')]) {
              for (const name of ['data-quote-id', 'aria-describedby', 'data-review', 'data-event-id', 'data-resolution-id', 'data-active']) {
                e.removeAttribute(name);
              }
              e.classList.remove('flagged');
              if (e.getAttribute('class') === '') e.removeAttribute('class');
            }
            return clone.outerHTML;
            """;

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @Autowired
    Api api;
    @Autowired
    TestTokens tokens;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void quitBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
            driver = null;
        }
    }

    @Test
    @Order(1)
    void draftsAPastedTextAndShowsItAsTheArticlePageWouldWithWhatToCheckFlagged() throws IOException {
        String text = api.get(SEED).json().get("body").asString();
        JsonNode expected = api.send("POST", "/api/v1/drafts", "application/json",
                json.createObjectNode().put("body", text).put("published", "2017-04-03").toString(),
                "Authorization", "Bearer " + tokens.editor()).json();

        open("/drafts");
        fill(text, "2017-04-03");
        draft();

        var document = expected.get("document");
        var paragraphs = driver.findElements(By.cssSelector("#draft #text [data-paragraph]"));
        assertThat(paragraphs).hasSize(document.get("paragraphs").size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(chromium.textContent(paragraphs.get(i))).isEqualTo(document.get("paragraphs").get(i).get("span").get("text").asString());
        }
        assertThat(driver.findElements(By.cssSelector("#draft #text .quote[data-head]"))).hasSize(document.get("quotes").size());

        // Every quote the review names carries the marker; every review item is listed, least sure first.
        var flaggedQuotes = new HashSet<String>();
        for (JsonNode item : expected.get("review")) {
            var match = RECORD.matcher(item.get("path").asString());
            if (match.find()) {
                flaggedQuotes.add(match.group(2));
            }
        }
        var flagged = driver.findElements(By.cssSelector("#draft #text .quote.flagged[data-head]"));
        assertThat(flagged).extracting(e -> e.getAttribute("data-quote-id")).containsExactlyInAnyOrderElementsOf(flaggedQuotes);
        for (WebElement quote : flagged) {
            assertThat(quote.getCssValue("outline-style")).isEqualTo("dashed");
            assertThat(chromium.textContent(driver.findElement(By.id(quote.getAttribute("aria-describedby"))))).contains("To check:");
        }
        var items = driver.findElements(By.cssSelector("#review .review-item"));
        assertThat(items).hasSize(expected.get("review").size());
        var confidences = items.stream().map(i -> Double.parseDouble(i.getAttribute("data-confidence"))).toList();
        assertThat(confidences).isSorted();
        assertThat(driver.findElement(By.id("review-title")).getText()).isEqualTo("To check (%d)".formatted(items.size()));
        assertThat(driver.findElement(By.id("draft-status")).getText()).contains("Drafted:");

        chromium.screenshot("draft.png", 1280, false);
        chromium.screenshot("draft-phone.png", 375, true);
        assertNothingKept();
        chromium.assertConsoleClean();
    }

    @Test
    @Order(2)
    void importsTheDraftWithTheTypedTokenAndShowsEveryOutcome() throws IOException {
        String text = api.get(SEED).json().get("body").asString();
        open("/drafts");
        fill(text, "2017-04-03");
        draft();
        String draftView = normalized(driver.findElement(By.cssSelector("#draft .layout")));
        String documentJson = (String) driver.executeScript("return document.getElementById('document-json').value");
        String slug = json.readTree(documentJson).get("slug").asString();

        importDraft();
        assertImportStatus("201", "201 Created", "/articles/" + slug);
        driver.executeScript("document.getElementById('import-status').scrollIntoView({block: 'center'})");
        chromium.save("draft-import.png");

        importDraft();
        assertImportStatus("200", "200 Unchanged");

        var changed = (ObjectNode) json.readTree(documentJson);
        changed.put("publisher", "Another publisher");
        setDocument(changed.toString());
        importDraft();
        assertImportStatus("409", "409 Conflict", "slug");

        changed.put("body", "Another text altogether.");
        changed.put("slug", "a-draft-whose-spans-miss");
        setDocument(changed.toString());
        importDraft();
        assertImportStatus("422", "422 Not importable", "paragraphs[0].span");
        assertThat(driver.findElements(By.cssSelector("#import-status .problem-errors li"))).isNotEmpty();
        assertNothingKept();
        chromium.assertConsoleClean("/api/v1/articles - Failed to load resource: the server responded with a status of 409",
                "/api/v1/articles - Failed to load resource: the server responded with a status of 422");

        // The stored article, on the article page, looks as its draft did: the same renderer, the same view.
        driver.findElement(By.id("token")).clear();
        driver.get(api.uri("/articles/" + slug).toString());
        waiting().until(d -> "ready".equals(bodyState()));
        assertThat(normalized(driver.findElement(By.cssSelector(".layout")))).isEqualTo(draftView);
        chromium.assertConsoleClean();
    }

    @Test
    @Order(3)
    void saysWhatIsWrongWithoutATokenWithABadOneAndWithAnEmptyText() {
        open("/drafts");
        driver.executeScript("document.getElementById('draft-text').value = arguments[0]", "Talks in Baku.");
        driver.findElement(By.id("draft-button")).click();
        assertThat(driver.findElement(By.id("draft-status")).getText()).contains("needs an editor’s token");

        driver.findElement(By.id("token")).sendKeys("vbt_not-a-token");
        driver.findElement(By.id("draft-button")).click();
        waiting().until(d -> "error".equals(bodyState()));
        assertThat(driver.findElement(By.id("draft-status")).getText()).contains("unknown or revoked");

        driver.findElement(By.id("token")).clear();
        driver.findElement(By.id("token")).sendKeys(tokens.editor());
        driver.executeScript("document.getElementById('draft-text').value = '   '");
        driver.executeScript("document.body.dataset.state = 'idle'");
        driver.findElement(By.id("draft-button")).click();
        waiting().until(d -> "error".equals(bodyState()));
        var status = driver.findElement(By.id("draft-status"));
        assertThat(status.getAttribute("data-status")).isEqualTo("422");
        assertThat(status.getText()).contains("body", "white space");
        assertThat(driver.findElement(By.id("outcome")).isDisplayed()).isFalse();
        chromium.assertConsoleClean("/api/v1/drafts - Failed to load resource: the server responded with a status of 401",
                "/api/v1/drafts - Failed to load resource: the server responded with a status of 422");
    }

    @Test
    @Order(4)
    void aTextWithoutQuotesIsDraftedAndSaysSo() {
        open("/drafts");
        fill("Rain expected\n\nHeavy rain is expected in the north on Tuesday. Roads may close.\n", null);
        draft();

        assertThat(driver.findElement(By.cssSelector("#draft [data-empty='quotes']")).getText()).contains("No quotes");
        assertThat(driver.findElements(By.cssSelector("#draft #text [data-paragraph]"))).isNotEmpty();
        assertThat(driver.findElement(By.id("draft-status")).getText()).contains("0 quotes");
        chromium.assertConsoleClean();
    }

    // ---------------------------------------------------------------------------------------------

    private void open(String path) {
        driver.get(api.uri(path).toString());
        waiting().until(d -> "idle".equals(bodyState()));
    }

    private void fill(String text, String published) {
        driver.findElement(By.id("token")).sendKeys(tokens.editor());
        // The text set as a paste would: typing five thousand characters one by one proves nothing more.
        driver.executeScript("document.getElementById('draft-text').value = arguments[0]", text);
        if (published != null) {
            driver.executeScript("document.getElementById('published').value = arguments[0]", published);
        }
    }

    private static void draft() {
        driver.findElement(By.id("draft-button")).click();
        waiting().until(d -> "drafted".equals(bodyState()) || "error".equals(bodyState()));
        assertThat(bodyState()).as(driver.findElement(By.id("draft-status")).getText()).isEqualTo("drafted");
    }

    private static void importDraft() {
        driver.executeScript("delete document.getElementById('import-status').dataset.status");
        driver.findElement(By.id("import-button")).click();
        waiting().until(d -> d.findElement(By.id("import-status")).getAttribute("data-status") != null);
    }

    private static void setDocument(String document) {
        driver.executeScript("document.getElementById('document-json').value = arguments[0]", document);
    }

    private static void assertImportStatus(String status, String... says) {
        var element = driver.findElement(By.id("import-status"));
        assertThat(element.getAttribute("data-status")).as(element.getText()).isEqualTo(status);
        assertThat(element.getText()).contains(says);
    }

    /** The token was typed, used, and kept nowhere the browser would keep it. */
    private static void assertNothingKept() {
        @SuppressWarnings("unchecked")
        var kept = (List<Object>) driver.executeScript("return [localStorage.length, sessionStorage.length, document.cookie, location.href]");
        assertThat(kept.subList(0, 3)).containsExactly(0L, 0L, "");
        assertThat((String) kept.get(3)).doesNotContain("vbt_");
        assertThat(driver.manage().getCookies()).isEmpty();
    }

    private static String normalized(WebElement element) {
        return (String) driver.executeScript(NORMALIZED, element);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    private static String bodyState() {
        return (String) driver.executeScript("return document.body && document.body.dataset.state");
    }
}
