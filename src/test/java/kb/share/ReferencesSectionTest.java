package kb.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing from the references heading on finds the same reference list as parsing the whole body. */
class ReferencesSectionTest {

    private static final String LIST = "<h2 id=\"references\">References</h2>\n<ol class=\"references\"><li>A. "
            + "<a class=\"doi\" href=\"https://doi.org/10.1/a\">doi</a></li></ol>\n<p>After.</p>";

    @ParameterizedTest
    @ValueSource(strings = {
            "<h2 id=\"a\">A</h2>\n<p>Text <em>x</em>.</p>\n<ul>\n<li>one</li>\n</ul>\n" + LIST,
            "<blockquote>\n" + LIST + "\n</blockquote>\n<ol><li>outside</li></ol>",
            "<ul>\n<li>\n" + LIST + "\n</li>\n<li>next</li>\n</ul>",
            "<p><span>open " + LIST,
            "<div id=\"references\"><p>earlier</p></div>\n" + LIST,
            "<!-- </div> --><div>\n" + LIST + "\n</div><ul><li>x</li></ul>",
            "<section>\n" + LIST + "\n</section><ul><li>y</li></ul>",
            "<p>No heading at all.</p>",
            "<p><a title=\"a>b\" id=\"references\">x</a></p>\n" + LIST,
            "<div id=\"&#114;eferences\">x</div>\n" + LIST,
            "<p>1 < 2 and <em>x</em></p>\n<custom-tag>\n" + LIST})
    void siblingsOfTheHeadingAreThoseOfTheWholeBody(String body) {
        assertEquals(following(Jsoup.parseBodyFragment(body).getElementById("references")),
                following(ReferencesSection.of(body).getElementById("references")));
    }

    private static String following(Element heading) {
        StringBuilder html = new StringBuilder();
        for (Element next = heading == null ? null : heading.nextElementSibling(); next != null; next = next.nextElementSibling()) {
            html.append(next.outerHtml()).append('\n');
        }
        return heading == null ? "none" : html.toString();
    }
}
