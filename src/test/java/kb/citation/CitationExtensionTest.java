package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.testing.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The citation extension on its own, with bare flexmark: each example of {@code citations/spec.txt} (Markdown in,
 * exact HTML out) covers one parsing edge case or rendering rule.
 */
class CitationExtensionTest {

    static final Path DIR = Path.of("src/test/resources/citations");

    static Bibliography bibliography() throws IOException {
        BibliographyReader.Result result = BibliographyReader.read(DIR.resolve("bibliography.yaml"), "bibliography.yaml");
        assertEquals(List.of(), result.problems());
        return result.bibliography();
    }

    static Document parse(String markdown, MutableDataSet options) {
        return Parser.builder(options).build().parse(markdown);
    }

    static MutableDataSet options() throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(CitationExtension.create()));
        options.set(CitationExtension.BIBLIOGRAPHY, bibliography());
        return options;
    }

    static Stream<Arguments> examples() throws IOException {
        return SpecExamples.read(DIR.resolve("spec.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersTheExpectedHtml(String name, String markdown, String expectedHtml) throws IOException {
        MutableDataSet options = options();
        String html = HtmlRenderer.builder(options).build().render(parse(markdown, options));
        assertEquals(expectedHtml, html);
    }

    @Test
    void numbersEachDocumentOnItsOwn() throws IOException {
        MutableDataSet options = options();
        Parser parser = Parser.builder(options).build();
        Document first = parser.parse("[@crane2012massage] [@atlas2012expectations]");
        Document second = parser.parse("[@atlas2012expectations] [@crane2012massage]");
        assertEquals(List.of("crane2012massage", "atlas2012expectations"), keys(first));
        assertEquals(List.of("atlas2012expectations", "crane2012massage"), keys(second));
    }

    @Test
    void recordsUnknownKeysAndMalformedCitationsWithTheirOffsets() throws IOException {
        Document document = parse("Intro.\n\nSee [@nobody2020] and [@crane2012massage p. 4].\n", options());
        CitedReferences cited = CitationExtension.CITED.get(document);
        assertEquals(1, cited.unresolved().size());
        assertEquals("nobody2020", cited.unresolved().get(0).getKey());
        assertEquals(13, cited.unresolved().get(0).getChars().getStartOffset(), "offset of @nobody2020");
        assertEquals(1, cited.malformed().size());
        assertEquals(30, cited.malformed().get(0).getStartOffset(), "offset of the malformed citation's [");
        assertTrue(cited.isEmpty());
    }

    @Test
    void withoutABibliographyEveryKeyIsUnknown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(CitationExtension.create()));
        Document document = parse("[@crane2012massage]", options);
        assertEquals(1, CitationExtension.CITED.get(document).unresolved().size());
    }

    private static List<String> keys(Document document) {
        return CitationExtension.CITED.get(document).entries().stream().map(e -> e.reference().key()).toList();
    }
}
