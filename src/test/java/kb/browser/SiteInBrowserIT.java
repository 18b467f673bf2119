package kb.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built site (target/site, built by {@code mvn package}) in Debian's headless Chromium, served on localhost:
 * accessibility (axe-core), search, heading anchors, keyboard use, print, and screenshots for a person to look at
 * in target/screenshots/.
 */
class SiteInBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static StaticSiteServer server;
    static ChromeDriver browser;
    static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "SKIPPED: browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, "
                        + "/usr/bin/chromedriver); install them with: apt-get install -y chromium chromium-driver");
        Path site = Path.of(System.getProperty("kb.site", "target/site"));
        assertTrue(Files.isRegularFile(site.resolve("index.html")), "no built site in " + site + ": run mvn package first");
        screenshots = Path.of(System.getProperty("kb.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        server = new StaticSiteServer(site);

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("kb-chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String path) {
        browser.get(server.url(path));
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"", "injuries/", "injuries/runners-knee/", "techniques/", "techniques/effleurage/",
            "faq/", "faq/timing/", "references/", "references/a-d/", "about/", "disclaimer/", "search/?q=knee", "search/?q=zzzqqq", "no-such-page/"})
    void axeCoreFindsNoViolations(String path) {
        viewport(1280, 900, false);
        open(path);
        if (path.startsWith("search/")) {
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li, #search-help li")));
        }
        Results results = new AxeBuilder().analyze(browser);
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            rule.getNodes().forEach(node -> violations.add(rule.getId() + " (" + rule.getImpact() + "): "
                    + rule.getHelp() + " at " + node.getTarget() + " " + node.getHtml()));
        }
        assertEquals(List.of(), violations, "axe-core " + results.getTestEngine().getVersion() + " on /" + path);
    }

    @Test
    void searchFromTheHeaderFindsAPage() {
        viewport(1280, 900, false);
        open("");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("kneecap", Keys.ENTER);
        WebElement first = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li a")));
        assertTrue(first.getText().startsWith("Runner's knee (patellofemoral pain)"), first.getText());
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("match"));
        first.click();
        waiting().until(ExpectedConditions.urlContains("/injuries/runners-knee/"));
        assertEquals("Runner's knee (patellofemoral pain)", browser.findElement(By.tagName("h1")).getText());
    }

    /** A word the site does not use, and words too common to search for (no word group is loaded for them). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zzzqqq", "the"})
    void searchSaysWhenNothingMatches(String query) {
        open("search/?q=" + query);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "No pages match"));
        assertTrue(browser.findElements(By.cssSelector("#search-results li")).isEmpty());
        List<String> help = browser.findElements(By.cssSelector("#search-help a")).stream()
                .map(a -> a.getDomProperty("pathname")).toList();
        assertTrue(help.contains("/injuries/runners-knee/") && help.contains("/techniques/cupping/"),
                "a search that finds nothing lists the injuries and techniques: " + help);
    }

    @Test
    void aMisspellingThatFindsNothingSuggestsTheClosestWords() {
        open("search/?q=" + java.net.URLEncoder.encode("fasciopaty syndrom", java.nio.charset.StandardCharsets.UTF_8));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li, #search-help a")));
        List<String> suggested = browser.findElements(By.cssSelector("#search-help p a")).stream().map(WebElement::getText).toList();
        List<String> found = searchResults();
        assertTrue(!found.isEmpty() || suggested.stream().anyMatch(s -> s.contains("fasciopathy")),
                "results " + found + " or suggestions " + suggested);
    }

    @Test
    void searchResultsMarkTheMatchedWordsAndLeadToTheSection() {
        open("search/?q=" + java.net.URLEncoder.encode("should a massage hurt", java.nio.charset.StandardCharsets.UTF_8));
        WebElement first = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li a.search-hit")));
        assertEquals("/faq/how-it-feels/", first.getDomProperty("pathname"));
        assertEquals("#should-a-massage-hurt", first.getDomProperty("hash"));
        List<String> marked = browser.findElements(By.cssSelector("#search-results li:first-child mark")).stream()
                .map(m -> m.getText().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        assertTrue(marked.contains("hurt") && marked.contains("massage"), "marked: " + marked);
        assertTrue(browser.findElement(By.id("search-status")).getText().matches("\\d+ pages? match.*"));
        first.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/faq/how-it-feels/#should-a-massage-hurt"));
    }

    @Test
    void searchResultsFitAPhoneScreen() throws Exception {
        viewport(375, 800, true);
        open("search/?q=" + java.net.URLEncoder.encode("instrument-assisted tendinopathy", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(searchResults().isEmpty());
        assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= 375,
                "the results scroll sideways on a phone");
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("search-375.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        viewport(1280, 900, false);
    }

    /** The result links of the search page once it has answered: path and anchor of each, best first. */
    private static List<String> searchResults() {
        waiting().until(d -> {
            String said = d.findElement(By.id("search-status")).getText();
            return said.contains("match");
        });
        return browser.findElements(By.cssSelector("#search-results > li > a:first-child")).stream()
                .map(a -> a.getDomProperty("pathname") + a.getDomProperty("hash")).toList();
    }

    static List<org.junit.jupiter.params.provider.Arguments> searchQueries() throws java.io.IOException {
        List<org.junit.jupiter.params.provider.Arguments> queries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/search-queries.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] field = line.split("\t");
            queries.add(org.junit.jupiter.params.provider.Arguments.of(field[0], field[1], Integer.parseInt(field[2])));
        }
        return queries;
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} in the top {2}")
    @org.junit.jupiter.params.provider.MethodSource("searchQueries")
    void searchFindsWhatTheQueryListExpects(String query, String expected, int rankLimit) {
        open("search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
        List<String> found = searchResults();
        List<String> top = found.subList(0, Math.min(rankLimit, found.size()));
        boolean hit = top.stream().anyMatch(url -> expected.contains("#") ? url.equals(expected)
                : url.equals(expected) || url.startsWith(expected + "#"));
        assertTrue(hit, "\"" + query + "\": expected " + expected + " in the top " + rankLimit + ", got "
                + found.subList(0, Math.min(5, found.size())));
    }

    @Test
    void headingLinksShowOnFocusAndSayLinkCopied() {
        viewport(1280, 900, false);
        browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions",
                List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        open("injuries/runners-knee/");
        // The pointer stays where an earlier test left it, which can be over this heading: move it to the corner.
        browser.executeCdpCommand("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", 0, "y", 0));
        String opacity = "return getComputedStyle(document.querySelector('#when-to-see-a-doctor a.anchor')).opacity";
        assertEquals("0", js(opacity), "hidden until hovered or focused");
        js("document.querySelector('#when-to-see-a-doctor a.anchor').focus()");
        assertEquals("1", js(opacity), "shown on keyboard focus");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.textToBe(By.cssSelector(".toast[role=status]"), "Link copied"));
        assertEquals("https://kb.stride-massage.example/injuries/runners-knee/#when-to-see-a-doctor",
                js("return navigator.clipboard.readText()"));
    }

    @Test
    void searchAnswersFromAWorkerSoThePageStaysResponsive() {
        open("search/?q=knee");
        List<String> found = searchResults();
        assertFalse(found.isEmpty());
        assertEquals("undefined", js("return typeof window.MiniSearch"), "the search library never ran on the page");
        assertEquals(false, js("return performance.getEntriesByType('resource').some(e => /search\\.json$|\\/search\\/words\\//.test(e.name))"),
                "the index was downloaded by the worker, not by the page");
        assertTrue(browser.findElements(By.cssSelector("#search-results mark")).size() > 0, "matched words are marked");
    }

    /** What makes the page run the engine itself: no Worker in the browser, or a worker whose script fails to load. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"window.Worker = undefined;",
            "(function () { var W = window.Worker; window.Worker = function (url) { return new W(url + '-missing.js'); }; })();"})
    void searchAnswersOnThePageWhenNoWorkerCanStart(String breakWorkers) {
        String query = "search/?q=" + java.net.URLEncoder.encode("sprained ankle", java.nio.charset.StandardCharsets.UTF_8);
        open(query);
        List<String> fromWorker = searchResults();
        String help = "search/?q=zzzqqq";
        open(help);
        String helpFromWorker = helpShown();
        Object script = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", breakWorkers))
                .get("identifier");
        try {
            open(query);
            assertEquals(fromWorker, searchResults(), "the same results, best first");
            assertEquals("function", js("return typeof window.MiniSearch"), "the engine ran on the page");
            open(help);
            assertEquals(helpFromWorker, helpShown(), "the same suggestions and lists when nothing matches");
        } finally {
            browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
        }
    }

    /** The help of a search that found nothing, once the page has answered. */
    private static String helpShown() {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "No pages match"));
        return browser.findElement(By.id("search-help")).getText();
    }

    @Test
    void searchIndexLoadsOnlyWhenTheHeaderBoxIsFocused() {
        viewport(1280, 900, false);
        open("injuries/runners-knee/");
        String loaded = "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/search.json'))";
        assertEquals(false, js(loaded), "a reader who does not search never downloads the index");
        browser.findElement(By.id("site-search-q")).click();
        waiting().until(driver -> Boolean.TRUE.equals(js(loaded)));
    }

    @Test
    void onThisPageIsASidebarOnWideScreensAndCollapsedOnPhones() {
        viewport(1280, 900, false);
        open("injuries/runners-knee/");
        assertTrue(browser.findElement(By.cssSelector("nav.toc-side")).isDisplayed());
        assertFalse(browser.findElement(By.cssSelector("details.toc-compact")).isDisplayed());
        js("window.scrollTo(0, 2500)");
        Number top = (Number) js("return document.querySelector('.toc-side .toc-inner').getBoundingClientRect().top");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 60, "the sidebar stays in view while reading: top " + top);

        viewport(375, 800, true);
        open("injuries/runners-knee/");
        assertFalse(browser.findElement(By.cssSelector("nav.toc-side")).isDisplayed());
        WebElement compact = browser.findElement(By.cssSelector("details.toc-compact"));
        assertTrue(compact.isDisplayed());
        assertEquals(null, compact.getAttribute("open"), "collapsed on phones, so the text starts on the first screen");
        compact.findElement(By.tagName("summary")).click();
        compact.findElement(By.cssSelector("a[href='#when-to-see-a-doctor']")).click();
        assertEquals("when-to-see-a-doctor", js("return document.querySelector(':target').id"));
    }

    @Test
    void bodyMapPartsAreLabelledLinksReachedWithTheKeyboard() {
        viewport(1280, 900, false);
        open("");
        List<WebElement> parts = browser.findElements(By.cssSelector(".body-map svg a"));
        assertTrue(parts.size() >= 5, "one link per region that has injuries: " + parts.size());
        for (WebElement part : parts) {
            assertFalse(part.getText().isBlank(), "each part has a visible text label");
        }
        js("var t = document.querySelector('.body-map-title'); t.tabIndex = -1; t.focus()");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = browser.switchTo().activeElement();
        assertEquals(parts.get(0).getText(), focused.getText(), "Tab reaches the first part of the map");
        focused.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/injuries/#region-"));
        String region = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertTrue(browser.findElement(By.id(region)).isDisplayed());
        assertFalse(browser.findElements(By.cssSelector("section[aria-labelledby='" + region + "'] .cards a")).isEmpty(),
                "the region's injuries are listed under its heading");
    }

    @Test
    void headingAnchorLinksResolveToTheirSection() {
        viewport(1280, 900, false);
        open("injuries/runners-knee/");
        WebElement anchor = browser.findElement(By.cssSelector("#when-to-see-a-doctor a.anchor"));
        assertEquals("Link to the section: When to see a doctor", anchor.getAccessibleName());
        anchor.click();
        assertTrue(browser.getCurrentUrl().endsWith("#when-to-see-a-doctor"), browser.getCurrentUrl());
        assertEquals("when-to-see-a-doctor", js("return document.querySelector(':target').id"));
        assertInViewport("when-to-see-a-doctor");

        open("injuries/runners-knee/#what-massage-cannot-do");
        assertEquals("what-massage-cannot-do", js("return document.querySelector(':target').id"));
        assertInViewport("what-massage-cannot-do");

        browser.findElement(By.cssSelector("nav.toc a[href='#self-care-between-sessions']")).click();
        assertEquals("self-care-between-sessions", js("return document.querySelector(':target').id"));
    }

    private static void assertInViewport(String id) {
        Number top = (Number) js("return document.getElementById(arguments[0]).getBoundingClientRect().top", id);
        Number height = (Number) js("return window.innerHeight");
        assertTrue(top.doubleValue() >= 0 && top.doubleValue() < height.doubleValue(), id + " is at " + top);
    }

    @Test
    void keyboardUsersCanSkipToTheContent() {
        open("faq/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("Skip to main content", skip.getText());
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertEquals("a", browser.switchTo().activeElement().getTagName(), "the next stop is a link in the content");
    }

    @Test
    void tappingOrFocusingACitationShowsItsReferenceWithoutLeavingThePage() {
        viewport(375, 800, true);
        open("injuries/runners-knee/");
        String address = browser.getCurrentUrl();
        WebElement number = browser.findElement(By.cssSelector("sup.citation a.citation-ref"));
        String reference = (String) js("return document.getElementById(arguments[0].hash.slice(1))"
                + ".querySelector('.reference').textContent", number);

        number.click();
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".citation-popover")));
        assertTrue(box.getText().contains(reference.strip().substring(0, 40)), box.getText());
        assertTrue(box.findElement(By.cssSelector(".evidence")).isDisplayed(), "the kind of evidence, as a label");
        assertTrue(box.findElement(By.cssSelector(".finding")).getText().startsWith("Finding: "), box.getText());
        assertTrue(box.findElements(By.cssSelector(".backlink")).isEmpty(), "no arrows back to where the reader is");
        assertEquals(address, browser.getCurrentUrl(), "the page stays where it is");
        assertEquals("true", number.getAttribute("aria-expanded"));

        number.sendKeys(Keys.ESCAPE);
        assertTrue(browser.findElements(By.cssSelector(".citation-popover")).isEmpty(), "Escape closes it");
        assertEquals(number, browser.switchTo().activeElement(), "focus goes back to the number");

        WebElement second = browser.findElements(By.cssSelector("sup.citation a.citation-ref")).get(1);
        js("arguments[0].focus()", second);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".citation-popover")));
        assertEquals("true", second.getAttribute("aria-expanded"), "keyboard focus opens it too");
    }

    @Test
    void copyButtonAppearsWhereTheBrowserCanCopy() {
        open("injuries/runners-knee/");
        assertTrue(browser.findElement(By.cssSelector(".share button.copy")).isDisplayed());
        assertEquals("https://kb.stride-massage.example/i/rk/",
                browser.findElement(By.cssSelector(".share .share-url")).getText());
    }

    @Test
    void printedPageIsAHandoutWithoutNavigation() throws Exception {
        viewport(1280, 900, false);
        open("injuries/runners-knee/");
        assertFalse(browser.findElement(By.cssSelector("aside.handout")).isDisplayed(), "handout details only on paper");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.findElement(By.cssSelector("header.site-header")).isDisplayed());
            assertFalse(browser.findElement(By.cssSelector("nav.toc")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("aside.handout img.qr")).isDisplayed());
            assertTrue(browser.findElement(By.cssSelector("aside.handout")).getText()
                    .contains("https://kb.stride-massage.example/injuries/runners-knee/"));
            assertTrue(browser.findElement(By.cssSelector(".print-references")).isDisplayed(), "references stay on paper");
            assertTrue(browser.findElement(By.cssSelector(".print-references")).getText().contains("doi:"),
                    "in short, with their DOIs");
            assertEquals("\" (https://kb.stride-massage.example/techniques/effleurage/)\"", js("return getComputedStyle("
                    + "document.querySelector('main p a[href$=\"techniques/effleurage/\"]'), '::after').content"),
                    "links in the text show their public address on paper");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        Files.write(screenshots.resolve("injury-print.pdf"), pdf);
        assertTrue(pdf.length > 1000);
    }

    /** A therapist prints an injury page for a client: two A4 sheets, and the first names the clinic. */
    @ParameterizedTest(name = "/injuries/{0}/")
    @MethodSource("injuryPages")
    void injuryPagePrintsAsATwoPageHandoutNamingTheClinic(String slug) throws Exception {
        viewport(1280, 900, false);
        open("injuries/" + slug + "/");
        // Printed only once the page is there: one CI run in three printed a blank page straight after opening.
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("aside.handout img.qr")));
        waiting().until(d -> "complete".equals(js("return document.readyState")));
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        Files.write(screenshots.resolve("print-" + slug + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() <= 2, slug + " prints on " + document.getNumberOfPages()
                    + " A4 pages; a handout must fit on two (see target/screenshots/print-" + slug + ".pdf)");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String text = firstPage.getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of("Stride Sports Massage Clinic", "020 7946 0321", "hello@stride-massage.example",
                    "https://kb.stride-massage.example/injuries/" + slug + "/", "last reviewed")) {
                assertTrue(text.contains(expected), "page 1 of the printed " + slug + " lacks \"" + expected + "\"");
            }
        }
    }

    static List<String> injuryPages() throws Exception {
        try (var files = Files.list(Path.of("content/injuries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("index.md"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    /** Dark mode follows the system setting; its colours must pass axe-core's contrast checks too. */
    @ParameterizedTest(name = "/{0} in dark mode")
    @ValueSource(strings = {"", "injuries/runners-knee/", "techniques/effleurage/", "faq/timing/", "references/", "search/?q=knee"})
    void darkModeFindsNoViolationsAndIsDark(String path) throws Exception {
        viewport(375, 900, true);
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "",
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            open(path);
            if (path.startsWith("search/")) {
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
            }
            // Waited for: under load the page has been seen transparent for a moment after opening.
            String dark = "rgb(20, 25, 29)";
            try {
                waiting().until(d -> dark.equals(js("return getComputedStyle(document.body).backgroundColor")));
            } catch (org.openqa.selenium.TimeoutException e) {
                assertEquals(dark, js("return getComputedStyle(document.body).backgroundColor"), "a dark page");
            }
            Results results = new AxeBuilder().analyze(browser);
            List<String> violations = new ArrayList<>();
            for (Rule rule : results.getViolations()) {
                rule.getNodes().forEach(node -> violations.add(rule.getId() + ": " + node.getTarget() + " " + node.getHtml()));
            }
            assertEquals(List.of(), violations, "axe-core in dark mode on /" + path);
            if (path.startsWith("injuries/")) {
                File shot = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), screenshots.resolve("injury-375-dark.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            viewport(1280, 900, false);
        }
    }

    @Test
    void screenshotsAtPhoneAndDesktopWidths() throws Exception {
        for (Map.Entry<String, String> page : Map.of("home", "", "injury", "injuries/runners-knee/", "injuries", "injuries/", "technique", "techniques/effleurage/", "faq", "faq/", "faq-topic", "faq/timing/", "references", "references/", "search", "search/?q=knee", "about", "about/").entrySet()) {
            for (int width : new int[] {375, 1280}) {
                viewport(width, 900, width < 600);
                open(page.getValue());
                Number height = (Number) js("return document.documentElement.scrollHeight");
                assertTrue(((Number) js("return document.documentElement.scrollWidth")).intValue() <= width,
                        page.getKey() + " scrolls sideways at " + width + " px");
                viewport(width, Math.min(height.intValue(), 8000), width < 600);
                File shot = browser.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), screenshots.resolve(page.getKey() + "-" + width + ".png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        viewport(1280, 900, false);
    }

    /** A device-sized viewport, as a phone (mobile: true honours the viewport meta tag) or a desktop. */
    private static void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }
}
