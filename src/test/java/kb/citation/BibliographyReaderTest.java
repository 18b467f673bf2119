package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BibliographyReaderTest {

    private static final String FILE = "content/bibliography.yaml";

    private static List<String> problems(String yaml) {
        return BibliographyReader.parse(yaml, FILE).problems().stream().map(Problem::headline).toList();
    }

    @Test
    void readsEveryFieldAsTextWithTheLineOfItsKey() {
        BibliographyReader.Result result = BibliographyReader.parse("""
                references:
                - key: atlas2012expectations
                  authors:
                  - Atlas LY
                  - Wager TD
                  title: How expectations shape pain
                  journal: Neuroscience Letters
                  year: 2012
                  volume: '520'
                  issue: '2'
                  pages: 140-148
                  pmid: 0022
                """, FILE);
        assertEquals(List.of(), result.problems());
        Reference reference = result.bibliography().get("atlas2012expectations");
        assertEquals(List.of("Atlas LY", "Wager TD"), reference.authors());
        assertEquals("2012", reference.year());
        assertEquals("0022", reference.pmid(), "identifiers stay text, leading zeros included");
        assertEquals(2, reference.line());
        assertNull(reference.doi());
    }

    @Test
    void reportsMissingRequiredFieldsAtTheEntry() {
        assertEquals(List.of(
                FILE + ":3:3: reference \"bare2020\" has no authors [bibliography/required]",
                FILE + ":3:3: reference \"bare2020\" has no title [bibliography/required]",
                FILE + ":3:3: reference \"bare2020\" has no year [bibliography/required]",
                FILE + ":3:3: reference \"bare2020\" has neither a journal nor a publisher [bibliography/required]"),
                problems("""
                        references:
                        # an entry with only a key
                        - key: bare2020
                        """));
    }

    @Test
    void reportsMalformedIdentifiersAtTheirField() {
        assertEquals(List.of(
                FILE + ":6:3: malformed year \"12\" [bibliography/format]",
                FILE + ":7:3: malformed doi \"https://doi.org/10.1/x\" [bibliography/format]",
                FILE + ":8:3: malformed pmid \"PMID 123\" [bibliography/format]"),
                problems("""
                        references:
                        - key: x2012
                          authors: [Doe J]
                          title: A title
                          journal: A journal
                          year: 12
                          doi: https://doi.org/10.1/x
                          pmid: PMID 123
                        """));
    }

    @Test
    void reportsDuplicateKeysUnknownFieldsAndKeepsTheFirstEntry() {
        BibliographyReader.Result result = BibliographyReader.parse("""
                references:
                - key: a2020
                  authors: [Doe J]
                  title: First
                  publisher: A publisher
                  year: 2020
                - key: a2020
                  authors: [Roe R]
                  title: Second
                  publisher: A publisher
                  year: 2021
                  topics: [massage]
                """, FILE);
        assertEquals(List.of(
                FILE + ":12:3: unknown bibliography field \"topics\" [bibliography/unknown-field]",
                FILE + ":7:3: key \"a2020\" is used by two entries (first on line 2) [bibliography/duplicate-key]"),
                result.problems().stream().map(Problem::headline).toList());
        assertEquals("First", result.bibliography().get("a2020").title());
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        List<String> problems = problems("""
                references:
                - key: a2020
                  title: "unclosed
                """);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(FILE + ":4:"), problems.get(0));
        assertTrue(problems.get(0).endsWith("[bibliography/syntax]"), problems.get(0));
    }

    @Test
    void requiresAReferencesList() {
        assertEquals(List.of(FILE + ":1:1: the bibliography must have a \"references:\" list at the top [bibliography/syntax]"),
                problems("- key: a2020\n"));
    }

    @Test
    void aMissingFileIsAnEmptyBibliographyWithoutProblems(@TempDir Path temp) {
        BibliographyReader.Result result = BibliographyReader.read(temp.resolve("bibliography.yaml"), FILE);
        assertEquals(List.of(), result.problems());
        assertTrue(result.bibliography().isEmpty());
        assertFalse(result.bibliography().present());
    }

    @Test
    void theSitesBibliographyReadsEveryEntryWithoutProblems() throws IOException {
        Path file = Path.of("content/bibliography.yaml");
        BibliographyReader.Result result = BibliographyReader.read(file, FILE);
        assertEquals(List.of(), result.problems());
        // Counted from the file's text, not pinned: references are added and retired as the content changes.
        long entries = Files.readAllLines(file).stream().filter(line -> line.startsWith("- key: ")).count();
        assertTrue(entries > 0);
        assertEquals(entries, result.bibliography().references().size());
    }
}
