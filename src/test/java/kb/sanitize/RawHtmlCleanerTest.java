package kb.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawHtmlCleanerTest {

    private static String html(String raw) {
        return RawHtmlCleaner.clean(raw).html();
    }

    private static List<String> messages(String raw) {
        return RawHtmlCleaner.clean(raw).removals().stream().map(r -> r.offset() + ": " + r.message()).toList();
    }

    @Test
    void safeTagsStayExactlyAsWritten() {
        String raw = "<details open>\n<summary>Press <kbd>Ctrl</kbd></summary>\n<table class=\"x\"><tr><td colspan=2>a</td></tr></table>\n";
        assertEquals(raw, html(raw));
        assertEquals(List.of(), messages(raw));
    }

    @Test
    void unmatchedTagsOfSplitBlocksAreKept() {
        assertEquals("<details>\n", html("<details>\n"));
        assertEquals("</details>", html("</details>"));
    }

    @Test
    void scriptGoesWithItsContent() {
        String raw = "<p>a</p><script>alert(1)</script><p>b</p>";
        assertEquals("<p>a</p><p>b</p>", html(raw));
        assertEquals(List.of("8: HTML tag <script> is not allowed"), messages(raw));
    }

    @Test
    void unsafeAttributesAreRemovedAndTheTagKept() {
        String raw = "<span class=\"k\" onclick='x()' style=\"color:red\">t</span>";
        assertEquals("<span class=\"k\">t</span>", html(raw));
        assertEquals(List.of("16: event handler onclick=\"x()\" on <span> is not allowed",
                "30: inline style=\"color:red\" on <span> is not allowed"), messages(raw));
    }

    @Test
    void scriptUrlsAreRemovedEvenWhenDisguised() {
        String raw = "<a href=\" jav&#x61;script:alert(1)\">x</a><img src=\"data:image/png;base64,AA\" alt=\"d\">";
        assertEquals("<a>x</a><img alt=\"d\">", html(raw));
        assertEquals(List.of("3: address href=\"jav&#x61;script:alert(1)\" on <a> (a javascript: address written with"
                        + " character codes) is not allowed",
                "46: address src=\"data:image/png;base64,AA\" on <img> is not allowed"), messages(raw));
    }

    @Test
    void relativeAndWebAddressesAreKept() {
        String raw = "<a href=\"../techniques/cupping/#evidence\">c</a> <a href=\"https://example.org/\">e</a> <img src=\"/img/k.png\">";
        assertEquals(raw, html(raw));
    }

    @Test
    void commentsAreDroppedQuietly() {
        assertEquals("<p>a</p>", html("<!-- note for editors --><p>a</p>"));
        assertEquals(List.of(), messages("<!-- note -->"));
    }

    @Test
    void unfinishedTagIsEscapedAndReported() {
        String raw = "<div>\n<img src=x onerror=alert(1)//\n";
        assertEquals("<div>\n&lt;img src=x onerror=alert(1)//\n", html(raw));
        assertEquals(List.of("6: \"<img src=x onerror=alert(1)//\" starts an HTML tag that is not finished"), messages(raw));
    }

    @Test
    void upperCaseTagsAreCheckedToo() {
        assertEquals("", html("<SCRIPT SRC=x.js></SCRIPT>"));
        assertEquals("<P>x</P>", html("<P ONCLICK=y>x</P>"));
    }
}
