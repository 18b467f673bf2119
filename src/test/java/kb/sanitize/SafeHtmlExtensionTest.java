package kb.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import kb.content.MarkdownOutcome;
import kb.content.MarkdownRenderer;
import kb.content.PageSource;
import kb.report.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Even a page with errors (e.g. in a preview) renders without the unsafe parts; the safe parts stay. */
class SafeHtmlExtensionTest {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(List.of("TABLES"),
            List.of(SafeHtmlExtension.create()), new MutableDataSet(), List.of(new RawHtmlInspector()));
    private static final PageSource PAGE = new PageSource("content/p.md", "p.md", "/p/", 5);

    @Test
    void rendersOnlyTheCleanedHtml() {
        String body = """
                <script>alert(1)</script>

                <div class="note" onclick="x()" style="color:red">Note</div>

                Press <kbd onmouseover="x()">Ctrl</kbd> and <iframe src="https://evil.example/"></iframe> go.

                [Click](javascript:alert(1)) ![pixel](data:image/png;base64,AAAA) <vbscript:msgbox(1)>
                """;
        MarkdownOutcome outcome = MARKDOWN.render(body, PAGE);
        Document html = Jsoup.parseBodyFragment(outcome.html());

        assertTrue(html.select("script, iframe, img").isEmpty(), outcome.html());
        for (Element element : html.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().startsWith("on"), outcome.html());
                assertFalse(attribute.getKey().equals("style"), outcome.html());
            });
        }
        assertTrue(html.select("a").isEmpty(), "script links render as their text: " + outcome.html());
        assertEquals("note", html.selectFirst("div").className());
        assertEquals("Ctrl", html.selectFirst("kbd").text());
        assertTrue(html.text().contains("Click"));
    }

    @Test
    void reportsEachRemovalAtItsLineAndColumnInTheFile() {
        MarkdownOutcome outcome = MARKDOWN.render("Text.\n\nPress <kbd onmouseover=\"x()\">Ctrl</kbd>.\n", PAGE);
        assertEquals(List.of("content/p.md:7:12: event handler onmouseover=\"x()\" on <kbd> is not allowed [html/unsafe]"),
                outcome.problems().stream().map(Problem::headline).toList());
    }

    @Test
    void jbakeFlagsThatSuppressOrEscapeHtmlStillApply() {
        String body = "<div>block</div>\n\nAn <kbd>inline</kbd> tag.\n";
        MarkdownRenderer suppressing = new MarkdownRenderer(List.of("SUPPRESS_ALL_HTML"),
                List.of(SafeHtmlExtension.create()), new MutableDataSet(), List.of());
        assertEquals("<p>An inline tag.</p>\n", suppressing.render(body, PAGE).html());
    }

    @Test
    void keepsSafeHtmlAsWritten() {
        String body = "<details>\n<summary>More</summary>\n\nMarkdown **inside**.\n\n</details>\n";
        MarkdownOutcome outcome = MARKDOWN.render(body, PAGE);
        assertEquals(List.of(), outcome.problems());
        assertEquals("<details>\n<summary>More</summary>\n<p>Markdown <strong>inside</strong>.</p>\n</details>\n",
                outcome.html());
    }
}
