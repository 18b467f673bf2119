package kb.callout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import kb.citation.CitationExtension;
import kb.content.MarkdownOutcome;
import kb.content.MarkdownRenderer;
import kb.content.PageSource;
import kb.report.Problem;
import kb.testing.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The call-out extension with bare flexmark and the citation extension: each example of {@code callouts/spec.txt}
 * (Markdown in, exact HTML out) covers one syntax or rendering rule.
 */
class CalloutExtensionTest {

    private static final Path DIR = Path.of("src/test/resources/callouts");

    private static MutableDataSet options() throws IOException {
        BibliographyReader.Result read = BibliographyReader.read(Path.of("src/test/resources/citations/bibliography.yaml"),
                "bibliography.yaml");
        Bibliography bibliography = read.bibliography();
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(CitationExtension.create(), CalloutExtension.create()));
        options.set(CitationExtension.BIBLIOGRAPHY, bibliography);
        return options;
    }

    static Stream<Arguments> examples() throws IOException {
        return SpecExamples.read(DIR.resolve("spec.txt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersTheExpectedHtml(String name, String markdown, String expectedHtml) throws IOException {
        MutableDataSet options = options();
        Document document = Parser.builder(options).build().parse(markdown);
        assertEquals(expectedHtml, HtmlRenderer.builder(options).build().render(document));
    }

    @Test
    void labelsAndIdsComeFromTheDataKeys() throws IOException {
        MutableDataSet options = options();
        options.set(CalloutExtension.PRACTICE_LABEL, "Our practice");
        options.set(CalloutExtension.ID_PREFIX, "advice-");
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build()
                .parse("[practice: Rest.]\n\n> [!soon]\n> Book.\n"));
        assertEquals("<p><span class=\"practice\"><span class=\"practice-label\">Our practice:</span> Rest.</span></p>\n"
                + "<div class=\"callout callout-soon\" id=\"advice-1\">\n"
                + "<h3 class=\"callout-title\">See a doctor or physiotherapist soon</h3>\n<p>Book.</p>\n</div>\n", html);
    }

    @Test
    void reportsAnUnknownKindAtItsMarkerWithTheNearestKind() throws IOException {
        PageSource page = new PageSource("content/injuries/knee.md", "injuries/knee.md", "/injuries/knee/", 5);
        MarkdownOutcome outcome = new MarkdownOutcome();
        Document document = Parser.builder(options()).build().parse("Intro.\n\n> [!urgnt]\n> Same day.\n\n> [!soon]\n> Later.\n");
        new CalloutInspector().inspect(document, page, outcome);
        assertEquals(1, outcome.problems().size());
        Problem problem = outcome.problems().get(0);
        assertEquals("callout/unknown-kind", problem.rule());
        assertEquals(List.of(7, 3), List.of(problem.line(), problem.column()));
        assertEquals("\"[!urgnt]\" is not a kind of call-out; did you mean \"[!urgent]\"?", problem.message());
        assertEquals(Set.of(CalloutKind.SOON), outcome.fact(CalloutInspector.Kinds.class).kinds());
    }

    @Test
    void keepsCallOutsApartUnderTheSitesMarkdownSettings() {
        // JBake's pegdown profile joins block quotes across a blank line and lets no list interrupt a paragraph.
        MarkdownRenderer site = new MarkdownRenderer(List.of("TABLES", "FENCED_CODE_BLOCKS", "AUTOLINKS"),
                List.of(CalloutExtension.create()), new MutableDataSet(), List.of());
        String html = site.render("> [!urgent]\n> - cannot walk\n> - fever\n\n> [!soon]\n> Later.\n",
                new PageSource("a.md", "a.md", "/a/", 1)).html();
        assertEquals(2, html.split("class=\"callout ").length - 1, html);
        assertTrue(html.contains("<li>cannot walk</li>"), html);
        assertTrue(html.contains("<p>Later.</p>"), html);
    }
}
