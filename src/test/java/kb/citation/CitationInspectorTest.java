package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import kb.content.MarkdownOutcome;
import kb.content.MarkdownRenderer;
import kb.content.PageSource;
import org.junit.jupiter.api.Test;

/** The citation extension inside the site's Markdown renderer: template data and positions for the validator. */
class CitationInspectorTest {

    private static MarkdownOutcome render(String body) throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(CitationExtension.BIBLIOGRAPHY, CitationExtensionTest.bibliography());
        MarkdownRenderer renderer = new MarkdownRenderer(List.of("AUTOLINKS"), List.of(CitationExtension.create()),
                options, List.of(new CitationInspector()));
        // The body starts on file line 5 (after four lines of front matter).
        return renderer.render(body, new PageSource("content/page.md", "page.md", "/page/", 5));
    }

    @Test
    void recordsUnknownKeysAndMalformedCitationsWithFilePositions() throws IOException {
        PageCitations citations = render("Intro.\n\nSee [@nobody2020] and\n  [@crane2012massage p. 4].\n")
                .fact(PageCitations.class);
        assertEquals(List.of(new PageCitations.Unresolved("nobody2020", "content/page.md", 7, 6)), citations.unknownKeys());
        assertEquals(List.of(new PageCitations.Malformed("[@crane2012massage p. 4]",
                "it needs a comma between the key \"crane2012massage\" and \"p. 4\"", "content/page.md", 8, 3)), citations.malformed());
    }

    @Test
    void givesTemplatesTheCitedReferencesInNumberOrder() throws IOException {
        MarkdownOutcome outcome = render("[@atlas2012expectations] and [@crane2012massage; @atlas2012expectations]\n");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> references = (List<Map<String, Object>>) outcome.model().get("references");
        assertEquals(List.of("atlas2012expectations", "crane2012massage"), references.stream().map(r -> r.get("key")).toList());
        assertEquals(2, references.get(1).get("number"));
        assertEquals("ref-2", references.get(1).get("anchor"));
        assertEquals("https://pubmed.ncbi.nlm.nih.gov/22301554/", references.get(1).get("pubmed_url"));
        assertEquals(List.of(new PageCitations.Cited("atlas2012expectations", 1, "ref-1"),
                new PageCitations.Cited("crane2012massage", 2, "ref-2")), outcome.fact(PageCitations.class).cited());
    }

    @Test
    void autolinkingLeavesCitationKeysAlone() throws IOException {
        MarkdownOutcome outcome = render("Mail info@example.com, see [@crane2012massage].\n");
        String html = outcome.html();
        assertTrue(html.contains(", see <sup class=\"citation\"><a class=\"citation-ref\""), html);
        assertEquals(1, outcome.fact(PageCitations.class).cited().size());
    }

    @Test
    void referenceLinksToSourceFilesStillResolveBesideCitations() throws IOException {
        String html = render("[Cupping][c] helps [@crane2012massage].\n\n[c]: techniques/cupping.md\n").html();
        assertTrue(html.startsWith("<p><a href=\"../techniques/cupping/\">Cupping</a> helps <sup class=\"citation\">"), html);
    }
}
