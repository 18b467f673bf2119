package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the {@code evidence-shown} fixture (a page citing one made-up reference of each kind of evidence) and
 * reads back what a reader sees: each kind as a text label before the reference and the finding under it, in the
 * page's own list (which the citation pop-up copies, assets/js/citations.js) and on the references pages.
 */
class EvidenceRecordTest {

    static final List<String> LABELS = List.of("Systematic review", "Randomised trial", "Observational study",
            "Case series", "Lab or animal study", "Clinical guideline", "Review or opinion");
    static final String FINDING_1 = "Finding: Made-up finding number 1: 12 of 40 runners & their \"coaches\" said <it> helped.";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = temp.resolve("out");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES.resolve("evidence-shown"), site));
        assertTrue(result.published(), () -> "problems: " + result.report().problems());
    }

    private static Document page(String relative) throws IOException {
        return Jsoup.parse(site.resolve(relative).toFile(), "UTF-8");
    }

    @Test
    void thePagesReferenceListShowsEachKindAsALabelBeforeTheReferenceAndTheFindingUnderIt() throws IOException {
        Document page = page("index.html");
        assertEquals(LABELS, page.select("ol.reference-list > li > span.evidence").eachText());
        Element first = page.getElementById("ref-1");
        assertEquals(List.of("evidence", "reference", "backlinks", "finding"),
                first.children().eachAttr("class"), "label, reference, back link, then the finding");
        assertEquals(FINDING_1, first.selectFirst(".finding").text(), "folded onto one line, escaped as text");
        assertEquals("Finding:", first.selectFirst(".finding b").text());
        assertTrue(page.selectFirst("ol.reference-list").html().contains("&amp; their \"coaches\" said &lt;it&gt; helped"));
    }

    @Test
    void theReferencesPagesShowTheLabelAndTheFindingToo() throws IOException {
        Document part = page("references/d/index.html");
        Element entry = part.getElementById("doe2025guideline");
        assertNotNull(entry);
        assertEquals(List.of("evidence", "reference", "finding", "cited-on"), entry.children().eachAttr("class"));
        assertEquals("Clinical guideline", entry.selectFirst(".evidence").text());
        assertEquals("Finding: Made-up finding number 6: 12 of 40 runners & their \"coaches\" said <it> helped.",
                entry.selectFirst(".finding").text());

        Document index = page("references/index.html");
        assertEquals(LABELS, index.select("ul.bibliography > li > span.evidence").eachText(),
                "the index's one-line entries carry the label; the finding is on the page they link to");
    }
}
