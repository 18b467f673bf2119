package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the {@code basic} fixture site for real and reads the pages back with Jsoup. */
class SiteBuildEndToEndTest {

    @TempDir
    static Path temp;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("out");
        result = Publishing.publish(FixtureSitesTest.SITES.resolve("basic"), site);
    }

    private static Document page(String relative) throws IOException {
        Path file = site.resolve(relative);
        assertTrue(Files.exists(file), "missing output " + relative);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void countsPagesPerType() {
        assertEquals(1, result.pagesPerType().get("injury"));
        assertEquals(1, result.pagesPerType().get("technique"));
        assertEquals(1, result.pagesPerType().get("faq"));
        assertEquals(5, result.pagesPerType().get("page"));
    }

    @Test
    void publishesCleanUrlsAsFolders() {
        for (String file : List.of("index.html", "injuries/knee-pain/index.html", "techniques/stroking/index.html",
                "faq/index.html", "about/index.html", "injuries/index.html")) {
            assertTrue(Files.exists(site.resolve(file)), file);
        }
    }

    @Test
    void rendersEachTypeWithItsOwnTemplate() throws IOException {
        assertNotNull(page("injuries/knee-pain/index.html").selectFirst("article.injury"));
        assertNotNull(page("techniques/stroking/index.html").selectFirst("article.technique"));
        assertNotNull(page("faq/index.html").selectFirst("article.faq"));
        assertNotNull(page("about/index.html").selectFirst("article.page"));
    }

    @Test
    void escapesFrontMatterValuesInTemplates() throws IOException {
        Document injury = page("injuries/knee-pain/index.html");
        assertEquals("Knee pain <script>alert(1)</script>", injury.selectFirst("h1").text());
        assertTrue(injury.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                "a title must never become a script element");
    }

    @Test
    void showsFrontMatterFieldsAndSharedLayout() throws IOException {
        Document injury = page("injuries/knee-pain/index.html");
        assertEquals("Pain around the kneecap.", injury.selectFirst("p.lead").text());
        assertTrue(injury.selectFirst(".region").text().contains("knee"));
        assertEquals("Last reviewed 2 January 2026 by Fixture Reviewer.", injury.selectFirst(".reviewed").text());
        assertTrue(injury.title().startsWith("Knee pain"));
        assertEquals("en-GB", injury.selectFirst("html").attr("lang"));
        assertNotNull(injury.selectFirst("nav a[href=../../techniques/]"), "section navigation");
        assertNotNull(injury.selectFirst("footer a[href=../../disclaimer/]"), "disclaimer link in footer");
    }

    @Test
    void crossLinksInjuriesAndTechniquesBothWays() throws IOException {
        assertEquals("../../techniques/stroking/",
                page("injuries/knee-pain/index.html").selectFirst(".cross-links a").attr("href"));
        assertEquals("../../injuries/knee-pain/",
                page("techniques/stroking/index.html").selectFirst(".cross-links a").attr("href"));
    }

    @Test
    void rewritesMarkdownLinksToSourceFilesIntoRelativeUrls() throws IOException {
        Document home = page("index.html");
        assertNotNull(home.selectFirst("a[href=injuries/knee-pain/]"));
        assertNotNull(home.selectFirst("a[href=faq/#first-question]"));
        assertNotNull(page("faq/index.html").getElementById("first-question"), "headings get ids");
    }

    @Test
    void listsPagesOfASectionOnItsIndexPage() throws IOException {
        assertEquals("Knee pain <script>alert(1)</script>",
                page("injuries/index.html").selectFirst(".page-list a").text());
    }

    @Test
    void leavesNoStagingFolderBehind() throws IOException {
        try (var files = Files.list(temp)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".staging")));
        }
    }
}
