package kb.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kb.report.Problem;
import kb.report.Report;
import org.junit.jupiter.api.Test;

/** The second net reads the Markdown body of the published page, and only the body. */
class RenderedBodySafetyCheckTest {

    private static final String HEAD = "<!DOCTYPE html><html><head><script src=\"/js/site.js\"></script></head><body>"
            + "<nav><a href=\"/\" onclick=\"x()\">Home</a></nav><main>";
    private static final String TAIL = "</main></body></html>";

    private static List<String> problems(String body) {
        String html = HEAD + body + TAIL;
        RenderedPage page = new RenderedPage(null, "content/p.md", "p/index.html", "/p/", html, HEAD.length(),
                HEAD.length() + body.length());
        Report report = new Report();
        new RenderedBodySafetyCheck().check(page, new PageFacts.Builder(page), report);
        return report.problems().stream().map(Problem::headline).toList();
    }

    @Test
    void reportsWhatTheSafelistWouldRemoveFromTheBodyOfThePublishedPage() {
        assertEquals(List.of("content/p.md: after rendering, the page still contains the attribute onerror=\"alert(1)\""
                + " on <img>, which a second, stricter check would remove [html/unsafe-after-render]"),
                problems("<p>Text <img src=\"a.png\" alt=\"a\" onerror=\"alert(1)\"></p>"));
        assertEquals(1, problems("<p>x</p><iframe src=\"https://example.com/\"></iframe>").size());
        assertEquals(1, problems("<p><a href=\"&#106;avascript:alert(1)\">x</a></p>").size());
    }

    @Test
    void leavesTheTemplatesOwnMarkupToTheOutputCheck() {
        assertEquals(List.of(), problems("<h2 id=\"x\">X</h2><p><a href=\"../a/\">a</a> <img src=\"/img/a.png\" alt=\"a\">"
                + "</p>"));
    }
}
