package kb.snippet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.callout.CalloutExtension;
import kb.citation.BibliographyReader;
import kb.citation.CitationExtension;
import kb.content.MarkdownOutcome;
import kb.content.MarkdownRenderer;
import kb.content.PageSource;
import kb.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets included in a page with the site's Markdown set-up: their citations, call-outs and problems. */
class SnippetExtensionTest {

    private static final PageSource PAGE = new PageSource("content/page.md", "page.md", "/page/", 5);

    private static MarkdownOutcome render(SnippetLibrary library, String body) throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(CitationExtension.BIBLIOGRAPHY, BibliographyReader.read(
                Path.of("src/test/resources/citations/bibliography.yaml"), "bibliography.yaml").bibliography());
        options.set(SnippetExtension.LIBRARY, library);
        MarkdownRenderer renderer = new MarkdownRenderer(List.of("TABLES", "FENCED_CODE_BLOCKS", "AUTOLINKS"),
                List.of(SnippetExtension.create(), CitationExtension.create(), CalloutExtension.create()), options,
                List.of(new SnippetInspector()));
        return renderer.render(body, PAGE);
    }

    private static SnippetLibrary library(Path folder, String... nameAndText) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(folder.resolve(nameAndText[i] + ".md"), nameAndText[i + 1]);
        }
        return SnippetLibrary.read(folder, file -> "content/_snippets/" + file.getFileName());
    }

    @Test
    void numbersASnippetsCitationsWithThePagesAndNumbersItsCallOutsWithThem(@TempDir Path temp) throws IOException {
        SnippetLibrary library = library(temp, "blood-clot",
                "> [!emergency]\n> A swollen, red calf may be a clot [@crane2012massage].\n");
        String html = render(library, "Expectations shape pain [@atlas2012expectations].\n\n"
                + "> [!soon]\n> Later.\n\n{{< snippet blood-clot >}}\n").html();
        assertTrue(html.contains("id=\"callout-2\""), html);
        assertTrue(html.contains("href=\"#callout-2\">A swollen, red calf may be a clot.</a>"), html);
        assertTrue(html.contains("id=\"cite-2-1\" href=\"#ref-2\""), html);
        assertTrue(html.contains("<li id=\"ref-2\"><span class=\"evidence\">Lab or animal study</span> <span class=\"reference\">Crane JD"), html);
        assertFalse(html.contains("snippet"), html);
    }

    @Test
    void includesNestedSnippetsInPlace(@TempDir Path temp) throws IOException {
        SnippetLibrary library = library(temp, "race-week", "Race week.\n\n{{< snippet taper >}}\n", "taper", "Taper.\n");
        assertEquals(List.of(), library.problems());
        assertEquals("<p>Before.</p>\n<p>Race week.</p>\n<p>Taper.</p>\n<p>After.</p>\n",
                render(library, "Before.\n\n{{< snippet race-week >}}\n\nAfter.\n").html());
    }

    @Test
    void reportsAnUnknownNameAtTheNameWithTheNearestName(@TempDir Path temp) throws IOException {
        SnippetLibrary library = library(temp, "blood-clot", "Clots.\n");
        MarkdownOutcome outcome = render(library, "Intro.\n\n  {{< snippet blod-clot >}}\n");
        assertEquals(1, outcome.problems().size());
        Problem problem = outcome.problems().get(0);
        assertEquals("snippet/unknown", problem.rule());
        assertEquals(List.of(7, 15), List.of(problem.line(), problem.column()));
        assertEquals("there is no snippet \"blod-clot\"; did you mean \"blood-clot\"?", problem.message());
        assertEquals("<p>Intro.</p>\n", outcome.html());
    }

    @Test
    void reportsACycleOnceAndIncludesNothingOfIt(@TempDir Path temp) throws IOException {
        SnippetLibrary library = library(temp, "a", "A.\n\n{{< snippet a >}}\n", "b", "B.\n\n{{< snippet c >}}\n",
                "c", "C.\n\n{{< snippet b >}}\n");
        assertEquals(List.of("content/_snippets/a.md:3:13: snippet \"a\" includes itself [snippet/cycle]",
                "content/_snippets/b.md:3:13: snippet \"b\" includes itself through b → c → b [snippet/cycle]"),
                library.problems().stream().map(Problem::headline).toList());
        MarkdownOutcome outcome = render(library, "{{< snippet a >}}\n\n{{< snippet b >}}\n");
        assertEquals(List.of(), outcome.problems());
        assertEquals("", outcome.html());
    }

    @Test
    void anIncludeLineInCodeIsText(@TempDir Path temp) throws IOException {
        SnippetLibrary library = library(temp, "a", "A.\n");
        assertEquals("<pre><code>{{&lt; snippet a &gt;}}\n</code></pre>\n",
                render(library, "```\n{{< snippet a >}}\n```\n").html());
    }
}
