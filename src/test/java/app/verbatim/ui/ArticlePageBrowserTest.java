package app.verbatim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.verbatim.support.Api;
import app.verbatim.support.ApiTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The reference page in a real browser: Debian's chromium driven through Debian's chromedriver,
 * never a downloaded one. Skipped, saying why, where either is missing ({@code .ci/run}
 * installs both). One browser for the whole class; screenshots land in target/screenshots.
 */
@ApiTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticlePageBrowserTest {

    private static final String SLUG = "vestnik-kavkaza-nazarbayev-baku";

    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @Autowired
    Api api;

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
    void showsTheTextVerbatimWithEveryQuoteHighlightedAsTheApiCountsThem() throws IOException {
        open("/articles/" + SLUG);
        JsonNode model = api.get("/api/v1/articles/" + SLUG).json();

        // The text as received, paragraph by paragraph: typo, repeated headline and all.
        var paragraphs = driver.findElements(By.cssSelector("#text [data-paragraph]"));
        assertThat(paragraphs).hasSize(model.get("paragraphs").size());
        for (int i = 0; i < paragraphs.size(); i++) {
            assertThat(chromium.textContent(paragraphs.get(i))).isEqualTo(model.get("paragraphs").get(i).get("span").get("text").asString());
        }
        assertThat(chromium.textContent(driver.findElement(By.id("text")))).contains("their talks o April 3.");

        // Every speaker's direct and reported quotes, as many as the API lists.
        int highlighted = 0;
        for (JsonNode person : api.get("/api/v1/people?size=100").json().get("items")) {
            String id = person.get("id").asString();
            for (String kind : List.of("direct", "indirect")) {
                long expected = api.get("/api/v1/quotes?article=" + SLUG + "&speaker=" + id + "&kind=" + kind)
                        .json().get("totalElements").asLong();
                var shown = quotes(id, kind);
                assertThat(shown).as("%s quotes by %s", kind, id).hasSize((int) expected);
                for (WebElement quote : shown) {
                    assertThat(quote.getCssValue("background-color")).as("highlight").isNotEqualTo("rgba(0, 0, 0, 0)");
                    assertThat(quote.getAttribute("aria-describedby")).isNotBlank();
                }
                highlighted += shown.size();
            }
        }
        assertThat(highlighted).isEqualTo(api.get("/api/v1/quotes?article=" + SLUG).json().get("totalElements").asInt()).isEqualTo(14);
        assertThat(quotes("ilham-aliyev", "direct")).hasSize(6);
        assertThat(quotes("ilham-aliyev", "indirect")).hasSize(6);
        assertThat(quotes("nursultan-nazarbayev", "direct")).hasSize(1);
        assertThat(quotes("nursultan-nazarbayev", "indirect")).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#text .cue[data-part='cue']"))).hasSizeGreaterThanOrEqualTo(14);
        assertThat(driver.findElements(By.cssSelector(".legend-speakers li"))).hasSize(2);

        chromium.screenshot("article.png", 1280, false);
        chromium.screenshot("article-phone.png", 375, true);
        chromium.assertConsoleClean();
    }

    @Test
    @Order(2)
    void layoutStacksAtPhoneWidthWithoutSidewaysScrolling() {
        open("/articles/" + SLUG);
        chromium.emulate(375, 800, true);
        try {
            Long overflow = (Long) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow).isLessThanOrEqualTo(0L);
            var text = driver.findElement(By.id("text")).getRect();
            var sidebar = driver.findElement(By.cssSelector(".sidebar")).getRect();
            assertThat(sidebar.getY()).isGreaterThanOrEqualTo(text.getY() + text.getHeight());
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        chromium.assertConsoleClean();
    }

    @Test
    @Order(3)
    void keyboardFocusAndHoverShowWhoSaidAQuoteAndHow() throws IOException {
        open("/articles/" + SLUG);

        // Tab from the top of the page to the first quote: Nazarbayev's reported speech.
        WebElement focused = null;
        for (int i = 0; i < 20 && focused == null; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            var active = driver.switchTo().activeElement();
            if (active.getAttribute("data-head") != null) {
                focused = active;
            }
        }
        assertThat(focused).as("a quote reached with Tab").isNotNull();
        assertThat(focused.getAttribute("data-speaker")).isEqualTo("nursultan-nazarbayev");
        var tip = driver.findElement(By.id("quote-tip"));
        assertThat(tip.isDisplayed()).isTrue();
        assertThat(tip.getText()).contains("Nursultan Nazarbayev", "President of Kazakhstan", "Reported speech", "“said”", "none named");
        var description = driver.findElement(By.id(focused.getAttribute("aria-describedby")));
        assertThat(chromium.textContent(description)).contains("Reported speech by Nursultan Nazarbayev", "Cue: “said”");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(tip.isDisplayed()).isFalse();

        // Pointing at Aliyev's quote from the official website shows its channel.
        var withChannel = driver.findElement(By.cssSelector(".quote[data-head][data-quote-id='4']"));
        new Actions(driver).moveToElement(withChannel).perform();
        waiting().until(d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("Ilham Aliyev", "President of Azerbaijan", "Direct quote", "“cited”", "the official website");
        chromium.save("article-tooltip.png");
        chromium.assertConsoleClean();
    }

    @Test
    @Order(4)
    void selectingAPersonFiltersTheHighlightsToTheirQuotes() {
        open("/articles/" + SLUG);
        var aliyev = driver.findElement(By.cssSelector("button[data-person='ilham-aliyev']"));
        assertThat(aliyev.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(aliyev.getText()).contains("12 quotes", "6 direct, 6 reported");

        aliyev.click();

        assertThat(aliyev.getAttribute("aria-pressed")).isEqualTo("true");
        var nazarbayevs = driver.findElements(By.cssSelector("#text [data-quote-id][data-speaker='nursultan-nazarbayev']"));
        var aliyevs = driver.findElements(By.cssSelector("#text [data-quote-id][data-speaker='ilham-aliyev']"));
        assertThat(nazarbayevs).isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("data-dimmed")).isEqualTo("true"));
        assertThat(aliyevs).isNotEmpty().allSatisfy(e -> assertThat(e.getAttribute("data-dimmed")).isEqualTo("false"));
        assertThat(quotes("nursultan-nazarbayev", "direct").getFirst().getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(quotes("nursultan-nazarbayev", "direct").getFirst().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(driver.findElement(By.id("quote-summary")).getText()).contains("only Ilham Aliyev", "12 quotes of 14");

        aliyev.sendKeys(Keys.ENTER); // the same button, from the keyboard, shows everyone again

        assertThat(aliyev.getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(driver.findElements(By.cssSelector("#text [data-dimmed='true']"))).isEmpty();
        chromium.assertConsoleClean();
    }

    @Test
    @Order(5)
    void timelineShowsEventsWithTheTextsPrecisionAndTheRailwayAsPlanned() {
        open("/articles/" + SLUG);
        for (JsonNode event : api.get("/api/v1/articles/" + SLUG).json().get("events")) {
            var item = driver.findElement(By.cssSelector(".timeline [data-event-id='" + event.get("id").asLong() + "']"));
            assertThat(item.getAttribute("data-status")).isEqualTo(event.get("status").asString());
        }
        var railway = driver.findElement(By.cssSelector(".timeline [data-event-kind='commissioning']"));
        assertThat(railway.getAttribute("data-status")).isEqualTo("planned");
        assertThat(railway.getText()).contains("Baku-Tbilisi-Kars railway", "PLANNED", "2017").doesNotContain("January");
        assertThat(railway.findElement(By.cssSelector(".event-when")).getText()).startsWith("2017");
        var meeting = driver.findElement(By.cssSelector(".timeline [data-event-kind='meeting']"));
        assertThat(meeting.getAttribute("data-status")).isEqualTo("planned");
        assertThat(meeting.findElement(By.cssSelector(".event-when")).getText()).startsWith("May 2017");
        assertThat(driver.findElement(By.cssSelector(".timeline [data-event-kind='shipment'] .event-when")).getText())
                .startsWith("a few days before 3 April 2017");
        assertThat(driver.findElement(By.cssSelector(".timeline [data-event-kind='talks'] .event-when")).getText())
                .startsWith("3 April 2017");

        // A fact the text does not state (the year of "in May") is marked inferred, its source in a note.
        var inferred = meeting.findElement(By.cssSelector(".event-when .fact--inferred .fact-value"));
        assertThat(inferred.getCssValue("font-style")).isEqualTo("italic");
        var resolution = driver.findElement(By.cssSelector("[data-resolution-id='1']"));
        assertThat(resolution.findElements(By.cssSelector(".fact--inferred"))).hasSize(2);
        assertThat(resolution.findElement(By.cssSelector(".fact--stated")).getText()).contains("withdrawal of Armenian forces");
        chromium.assertConsoleClean();
    }

    @Test
    @Order(6)
    void anUnknownSlugShowsWhatTheApiSays() {
        String detail = api.get("/api/v1/articles/no-such-article").json().get("detail").asString();

        open("/articles/no-such-article");

        var error = driver.findElement(By.cssSelector("main [data-state='error']"));
        assertThat(error.getAttribute("data-error-kind")).isEqualTo("not-found");
        assertThat(error.findElement(By.tagName("h1")).getText()).isEqualTo("No article with this slug");
        assertThat(error.getText()).contains(detail);
        chromium.assertConsoleClean("/api/v1/articles/no-such-article - Failed to load resource: the server responded with a status of 404");
    }

    @Test
    @Order(7)
    void anApiThatDoesNotAnswerIsReportedOnThePage() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/v1/*")));
        try {
            open("/articles/" + SLUG);
            var error = driver.findElement(By.cssSelector("main [data-state='error']"));
            assertThat(error.getAttribute("data-error-kind")).isEqualTo("network");
            assertThat(error.getText()).contains("The API did not answer", "Try again");
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            driver.executeCdpCommand("Network.disable", Map.of());
        }
        chromium.assertConsoleClean("/api/v1/articles/" + SLUG + " - Failed to load resource: net::ERR_BLOCKED_BY_CLIENT");
    }

    @Test
    @Order(8)
    void anArticleWithoutQuotesOrEventsSaysSo() {
        // The seed article as the API gives it, less its quotes, events and resolutions.
        var script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                const realFetch = window.fetch;
                window.fetch = async (...args) => {
                  const response = await realFetch(...args);
                  const model = await response.json();
                  Object.assign(model, { quotes: [], events: [], resolutions: [] });
                  return new Response(JSON.stringify(model), { status: 200, headers: { 'Content-Type': 'application/json' } });
                };
                """));
        try {
            open("/articles/" + SLUG);
            assertThat(driver.findElement(By.cssSelector("[data-empty='quotes']")).getText()).contains("No quotes");
            assertThat(driver.findElement(By.cssSelector("[data-empty='events']")).getText()).contains("No events");
            assertThat(driver.findElement(By.cssSelector("[data-empty='resolutions']")).getText()).contains("No resolutions");
            assertThat(driver.findElements(By.cssSelector("#text .quote"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector("#text [data-paragraph]"))).hasSize(15);
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.get("identifier")));
        }
        chromium.assertConsoleClean();
    }

    @Test
    @Order(9)
    void theListLinksToTheSeedArticle() {
        open("/");
        var link = driver.findElement(By.cssSelector("[data-slug='" + SLUG + "'] a"));
        assertThat(link.getText()).isEqualTo("Nazarbayev supports de-occupation of Azerbaijani territories");
        link.click();
        waiting().until(d -> "ready".equals(bodyState()));
        assertThat(driver.getCurrentUrl()).endsWith("/articles/" + SLUG);
        chromium.assertConsoleClean();
    }

    // ---------------------------------------------------------------------------------------------

    private void open(String path) {
        driver.get(api.uri(path).toString());
        waiting().until(d -> !"loading".equals(bodyState()));
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    private static String bodyState() {
        return (String) driver.executeScript("return document.body && document.body.dataset.state");
    }

    private static List<WebElement> quotes(String speaker, String kind) {
        return driver.findElements(By.cssSelector("#text .quote[data-head][data-speaker='%s'][data-kind='%s']".formatted(speaker, kind)));
    }
}
