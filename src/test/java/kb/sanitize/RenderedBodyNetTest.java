package kb.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderedBodyNetTest {

    private static List<String> problems(String html) {
        String removal = RenderedBodyNet.firstRemoval(html);
        return removal == null ? List.of() : List.of(RenderedBodyNet.problem("content/p.md", removal).headline());
    }

    @Test
    void acceptsWhatTheMarkdownRendererWrites() {
        assertEquals(List.of(), problems("<h2 id=\"x\">X<a href=\"#x\" class=\"anchor\" aria-label=\"Link to the section: X\">"
                + "<span aria-hidden=\"true\">#</span></a></h2><p><a href=\"../a/\">a</a> <img src=\"/img/a.png\" alt=\"a\">"
                + "<sup id=\"c1\"><a href=\"#ref-1\">1</a></sup></p><details><summary>s</summary><p>t</p></details>"));
    }

    @Test
    void refusesAScriptElementTheFirstNetMissed() {
        assertEquals(List.of("content/p.md: after rendering, the page still contains a <script> element, which a second,"
                + " stricter check would remove [html/unsafe-after-render]"), problems("<p>x</p><script>alert(1)</script>"));
    }

    @Test
    void refusesEventHandlersAndScriptAddressesEvenRelativeLooking() {
        assertEquals(1, problems("<p onclick=\"alert(1)\">x</p>").size());
        assertEquals(1, problems("<a href=\"javascript:alert(1)\">x</a>").size());
        assertEquals(1, problems("<a href=\"&#106;avascript:alert(1)\">x</a>").size());
        assertEquals(1, problems("<img src=\"x\" alt=\"a\" style=\"x:expression(alert(1))\">").size());
    }
}
