package kb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Headings get a named "#" link to themselves, and the outline lists the ids the renderer wrote. */
class HeadingAnchorsTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(List.of("TABLES"), List.of(), new MutableDataSet(),
            List.of(new HeadingOutline()));

    private MarkdownOutcome render(String markdown) {
        return renderer.render(markdown, new PageSource("content/faq.md", "faq.md", "/faq/", 1));
    }

    @Test
    void headingsLinkToThemselvesWithAnAccessibleName() {
        Document html = Jsoup.parseBodyFragment(render("## Should a *massage* hurt?\n\nText.\n").html());
        Element heading = html.selectFirst("h2");
        assertNotNull(heading);
        assertEquals("should-a-massage-hurt", heading.id());
        Element anchor = heading.selectFirst("a.anchor");
        assertNotNull(anchor, heading.outerHtml());
        assertEquals("#should-a-massage-hurt", anchor.attr("href"));
        assertEquals("Link to the section: Should a massage hurt?", anchor.attr("aria-label"));
        assertEquals("true", anchor.selectFirst("span").attr("aria-hidden"));
    }

    @Test
    void outlineListsLevelTwoHeadingsWithTheRenderedIds() {
        MarkdownOutcome outcome = render("# Title\n\n## Same\n\n### Deeper\n\n## Same\n\n## Other `code`\n");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> toc = (List<Map<String, String>>) outcome.model().get(HeadingOutline.KEY);
        assertEquals(List.of("Same", "Same", "Other code"), toc.stream().map(h -> h.get("text")).toList());
        Document html = Jsoup.parseBodyFragment(outcome.html());
        assertEquals(html.select("h2").eachAttr("id"), toc.stream().map(h -> h.get("id")).toList());
        assertEquals("same-1", toc.get(1).get("id"), "duplicate headings get distinct ids");
    }
}
