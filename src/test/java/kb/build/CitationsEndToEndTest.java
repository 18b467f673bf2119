package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.testing.FixtureCopy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the {@code citations} fixture (three pages citing overlapping references) and reads the result back:
 * per-page numbering, back-links, the reference list, the references page and the template data.
 */
class CitationsEndToEndTest {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("out");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES.resolve("citations"), site));
        assertTrue(result.published(), () -> "problems: " + result.report().problems());
    }

    private static Document page(String relative) throws IOException {
        Path file = site.resolve(relative);
        assertTrue(Files.exists(file), "missing output " + relative);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<String> texts(Document page, String css) {
        return page.select(css).eachText();
    }

    @Test
    void numbersReferencesInTheOrderEachPageFirstCitesThem() throws IOException {
        assertEquals(List.of("1", "2", "1"), texts(page("index.html"), "a.citation-ref"));
        assertEquals(List.of("1", "2", "1"), texts(page("notes/alpha/index.html"), "a.citation-ref"));
        assertTrue(page("index.html").selectFirst("#ref-1 .reference").text().startsWith("Crane JD"));
        assertTrue(page("notes/alpha/index.html").selectFirst("#ref-1 .reference").text().startsWith("Atlas LY"),
                "each page numbers from 1 in its own order");
    }

    @Test
    void everyCitationLinksToItsEntryAndEveryEntryLinksBackToEachCitation() throws IOException {
        for (String file : List.of("index.html", "notes/alpha/index.html")) {
            Document page = page(file);
            for (Element cite : page.select("a.citation-ref")) {
                Element entry = page.getElementById(cite.attr("href").substring(1));
                assertNotNull(entry, file + ": " + cite.attr("href"));
                assertNotNull(entry.selectFirst("a.backlink[href=#" + cite.id() + "]"), file + ": back-link to " + cite.id());
            }
            for (Element back : page.select("a.backlink")) {
                assertNotNull(page.getElementById(back.attr("href").substring(1)), file + ": " + back.attr("href"));
            }
        }
        Document alpha = page("notes/alpha/index.html");
        assertEquals(2, alpha.select("#ref-1 a.backlink").size(), "atlas is cited twice on alpha");
        assertEquals("(p. 142)", alpha.selectFirst("#cite-1-1 + .locator").text());
    }

    @Test
    void putsTheReferenceListAfterTheReferencesHeading() throws IOException {
        Element list = page("index.html").selectFirst("ol.reference-list");
        assertEquals("References", list.previousElementSibling().ownText(), "the heading, without its # anchor link");
        assertEquals("https://doi.org/10.1126/scitranslmed.3002882", list.selectFirst("#ref-1 a.doi").attr("href"));
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/22301554/", list.selectFirst("#ref-1 a.pubmed").attr("href"));
    }

    @Test
    void referencesPageListsTheWholeBibliographyLinkingEachToItsFullEntry() throws IOException {
        Document references = page("references/index.html");
        assertEquals(List.of("atlas2012expectations", "crane2012massage", "davis2020effect", "weerapong2005mechanisms"),
                references.select("ul.bibliography > li").eachAttr("id"), "sorted by first author, each under its key");
        assertEquals("../references/a-w/#davis2020effect", references.selectFirst("#davis2020effect a").attr("href"));
        assertNotNull(references.selectFirst("main#main"), "shared layout");
        assertNotNull(references.selectFirst("footer"), "shared layout");
    }

    @Test
    void fullEntriesWithCitedOnLinksAreOnThePageOfTheirInitials() throws IOException {
        Document part = page("references/a-w/index.html");
        assertEquals("References: first authors A–W", part.selectFirst("h1").text());
        assertEquals(List.of("../../notes/alpha/#ref-2", "../../#ref-2"),
                part.select("#davis2020effect .cited-on a").eachAttr("href"),
                "each link leads to the entry in that page's own numbering");
        assertEquals("Not cited on any page yet.", part.selectFirst("#weerapong2005mechanisms .cited-on").text());
        assertNull(part.selectFirst("nav.bibliography-parts"), "no part links when there is only one part");
    }

    @Test
    void withoutPartsInKbOutputsTheReferencesPageHasEveryEntryInFull(@TempDir Path own) throws Exception {
        Path source = FixtureCopy.of("citations", own);
        Path properties = source.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replace(",references/{part}/index.html:references-part.ftl", ""));
        BuildResult result = new SiteBuilder().build(BuildOptions.production(source, own.resolve("out")));
        assertTrue(result.published(), () -> "problems: " + result.report().problems());
        Document references = Jsoup.parse(own.resolve("out/references/index.html").toFile(), "UTF-8");
        assertEquals(List.of("../notes/alpha/#ref-2", "../#ref-2"),
                references.select("#davis2020effect .cited-on a").eachAttr("href"));
        assertEquals("Systematic review", references.selectFirst("#davis2020effect > .evidence").text());
        assertTrue(references.selectFirst("#davis2020effect > .finding").text().startsWith("Finding: Across 29 studies"));
        assertFalse(Files.exists(own.resolve("out/references/a-w")));
    }

    @Test
    void doesNotPublishTheBibliographyFile() {
        assertFalse(Files.exists(site.resolve("bibliography.yaml")));
    }
}
