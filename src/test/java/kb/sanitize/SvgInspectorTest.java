package kb.sanitize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import kb.report.Problem;
import org.junit.jupiter.api.Test;

/** SVG images are checked like the HTML of a page: no code, nothing loaded from elsewhere, each finding at its place. */
class SvgInspectorTest {

    private static List<String> problems(String svg) {
        return SvgInspector.inspect(svg, "a.svg").stream().map(Problem::headline).toList();
    }

    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    @Test
    void acceptsFragmentsRelativeAddressesAndLocalCssUrls() {
        assertEquals(List.of(), problems(SVG
                + "<defs><linearGradient id=\"g\"/></defs>\n"
                + "<style>.a { fill: url(#g); } .b { fill: url( 'pattern.svg#p' ); }</style>\n"
                + "<rect fill=\"url(#g)\" style=\"stroke: url(#g)\"/>\n"
                + "<use href=\"#dot\"/><use xlink:href=\"icons.svg#knee\"/><image href=\"/img/dot.png\"/>\n"
                + "<a href=\"../injuries/\"><text>Injuries</text></a>\n"
                + "</svg>\n"));
    }

    @Test
    void refusesSvgWithScriptAlsoInTheHtmlNamespace() {
        assertEquals(List.of(
                "a.svg:2:1: SVG image has a <script> element [asset/unsafe-svg]",
                "a.svg:3:3: SVG image has a <script> element [asset/unsafe-svg]"),
                problems(SVG + "<script>alert(1)</script>\n"
                        + "  <h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(2)</h:script>\n</svg>"));
    }

    @Test
    void refusesEventHandlersAtTheAttribute() {
        assertEquals(List.of("a.svg:2:18: SVG image has the event handler onclick=\"alert(1)\" on <rect> [asset/unsafe-svg]"),
                problems(SVG + "<rect width=\"10\" onclick=\"alert(1)\"/>\n</svg>"));
    }

    @Test
    void refusesExternalAndScriptAddresses() {
        assertEquals(List.of(
                "a.svg:2:8: SVG image has the address href=\"https://x.example/a.png\" on <image>, outside the site [asset/unsafe-svg]",
                "a.svg:3:6: SVG image has the address xlink:href=\"//x.example/i.svg#a\" on <use>, outside the site [asset/unsafe-svg]",
                "a.svg:4:4: SVG image has the address href=\"java\\tscript:alert(1)\" on <a>, which uses javascript: [asset/unsafe-svg]",
                "a.svg:5:8: SVG image has the address src=\"data:text/html,x\" on <image>, which uses data: [asset/unsafe-svg]"),
                problems(SVG + "<image href=\"https://x.example/a.png\"/>\n"
                        + "<use xlink:href=\"//x.example/i.svg#a\"/>\n"
                        + "<a href=\"java&#9;script:alert(1)\"><text>x</text></a>\n"
                        + "<image src=\"data:text/html,x\"/>\n</svg>"));
    }

    @Test
    void reportsAnImportOnceAndExternalCssUrlsAtTheirLine() {
        assertEquals(List.of(
                "a.svg:3:1: SVG image's <style> imports a stylesheet (@import) [asset/unsafe-svg]",
                "a.svg:4:12: SVG image's <style> has the address url(http://x.example/p.svg#p), outside the site [asset/unsafe-svg]"),
                problems(SVG + "<style>\n@import url(\"https://x.example/f.css\");\n.a { fill: url(http://x.example/p.svg#p) }\n</style>\n</svg>"));
    }

    @Test
    void refusesForeignObjectAndEmbeddingHtmlElements() {
        assertEquals(List.of(
                "a.svg:2:1: SVG image has a <foreignObject> element (embedded HTML) [asset/unsafe-svg]",
                "a.svg:3:1: SVG image has an HTML <iframe> element, which can load or embed another document [asset/unsafe-svg]"),
                problems(SVG + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\" onclick=\"x()\">Hi</p></foreignObject>\n"
                        + "<iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"page.html\"/>\n</svg>"));
    }

    @Test
    void refusesAnyOtherProcessingInstructionButAcceptsTheXmlDeclaration() {
        assertEquals(List.of("a.svg:2:1: SVG image has the processing instruction <?php?>, which an image does not need"
                        + " [asset/unsafe-svg]"),
                problems("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?php echo 1; ?>\n"
                        + "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"));
    }

    @Test
    void refusesAnimatedLinksStylesheetInstructionsAndEntities() {
        assertEquals(List.of(
                "a.svg:1:16: SVG image declares entities (<!ENTITY ...>), which can read other files [asset/unsafe-svg]",
                "a.svg:2:1: SVG image has an <?xml-stylesheet?> instruction, which loads a stylesheet or transformation [asset/unsafe-svg]",
                "a.svg:4:34: SVG image animates the address href (<set>), which can turn a link into a script [asset/unsafe-svg]"),
                problems("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                        + "<?xml-stylesheet type=\"text/xsl\" href=\"t.xsl\"?>\n" + SVG
                        + "<a><set to=\"javascript:alert(1)\" attributeName=\"href\"/><text>x</text></a>\n</svg>"));
    }
}
