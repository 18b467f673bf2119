package kb.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kb.cli.Main;
import kb.citation.BibliographyReader;
import kb.citation.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code kb refs import} and {@code export}: the formats reference managers write, and every way they go wrong. */
class ReferenceImportTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"csl-json", "bibtex"})
    void siteReferencesRoundTripToTheSameFile(String format) throws IOException {
        String exported = RefsRun.run("refs", "export", "--format", format, ".").out();
        Path file = temp.resolve(format.equals("bibtex") ? "refs.bib" : "refs.json");
        Files.writeString(file, exported);
        Path empty = RefsRun.site(temp.resolve("empty"), null);
        RefsRun imported = RefsRun.run("refs", "import", file.toString(), empty.toString());
        assertEquals(Main.OK, imported.exit(), imported.err());
        // Lossless: every field of every reference comes back (a finding folded over several lines in the site's
        // file comes back on one line, which YAML reads as the same text).
        List<Reference> back = references(empty);
        assertEquals(references(Path.of(".")), back);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csl-json", "bibtex"})
    void evidenceRecordSurvivesTheRoundTrip(String format) throws IOException {
        String withEvidence = RefsRun.BIBLIOGRAPHY.replace("  pmid: '22301554'\n", """
                  pmid: '22301554'
                  evidence: laboratory
                  finding: >-
                    In 11 young men, 10 minutes of massage after exhausting exercise lowered signs of inflammation
                    in the thigh muscle (a small lab study, 50% fewer markers & no change in glycogen; the men's
                    legs were massaged for 10--15 minutes by `hand', as in Créteil).
                """);
        Path site = RefsRun.site(temp.resolve("site"), withEvidence);
        Path file = temp.resolve(format.equals("bibtex") ? "refs.bib" : "refs.json");
        Files.writeString(file, RefsRun.run("refs", "export", "--format", format, site.toString()).out());
        Path empty = RefsRun.site(temp.resolve("empty"), null);
        assertEquals(Main.OK, RefsRun.run("refs", "import", file.toString(), empty.toString()).exit());
        assertEquals(references(site), references(empty));
        assertEquals("laboratory", references(empty).get(0).evidence().value());
    }

    @Test
    void bibtexFindingKeepsItsApostrophesAndHyphensAndReadsLatexAccents() throws IOException {
        Path file = temp.resolve("own.bib");
        Files.writeString(file, """
                @article{crane2012massage,
                  author = {Crane, JD and Ogborn, DI},
                  title = {Massage therapy attenuates inflammatory signaling},
                  journal = {Science Translational Medicine},
                  year = {2012},
                  evidence = {laboratory},
                  finding = {The men's legs were massaged for 10--15 minutes by `hand' in Cr\\'{e}teil, 50\\% less.}
                }
                """);
        Path site = RefsRun.site(temp.resolve("site"), null);
        RefsRun run = RefsRun.run("refs", "import", file.toString(), site.toString());
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals("The men's legs were massaged for 10--15 minutes by `hand' in Créteil, 50% less.",
                references(site).get(0).finding());
    }

    @Test
    void importsEachFormatWithKeysInTheSiteStyleAfterTheExistingEntries() throws IOException {
        Path site = RefsRun.site(temp.resolve("site"), RefsRun.BIBLIOGRAPHY);
        for (String file : List.of("zotero.bib", "zotero.ris", "zotero.json")) {
            RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve(file).toString(), site.toString());
            assertEquals(Main.OK, run.exit(), file + ": " + run.err());
        }
        String text = Files.readString(site.resolve("content/bibliography.yaml"));
        assertTrue(text.startsWith(RefsRun.BIBLIOGRAPHY), "the existing text, its comments and order are kept:\n" + text);
        List<Reference> references = references(site);
        assertEquals(List.of("crane2012massage", "vonmohr2021social", "haas2013massage", "vanderworp2012iliotibial",
                "watersbanker2014investigating", "strube2021temporal"), references.stream().map(Reference::key).toList());
        Reference vonMohr = references.get(1);
        assertEquals(List.of("von Mohr M", "Kirsch LP", "Fotopoulou A"), vonMohr.authors());
        assertEquals("Social touch deprivation during COVID-19: effects on psychological wellbeing and craving"
                + " interpersonal touch", vonMohr.title());
        assertEquals("9", vonMohr.issue());
        Reference haas = references.get(2);
        assertEquals(List.of("Haas C", "Butterfield TA", "Best TM"), haas.authors());
        assertEquals("Medicine & Science in Sports & Exercise", haas.journal());
        assertEquals("1105-1112", haas.pages());
        Reference watersBanker = references.get(4);
        assertEquals("2014", watersBanker.year());
        assertEquals("24641083", watersBanker.pmid());
        assertEquals("PMC3975781", watersBanker.pmcid());
        Reference strube = references.get(5);
        assertEquals("e62809", strube.articleNumber());
        assertEquals("PMC7924946", strube.pmcid());
        assertTrue(text.contains("  year: 2021\n  volume: '10'\n  article_number: e62809\n"), text);
    }

    @Test
    void referenceAlreadyThereIsReportedWithItsKeyAndNotAddedAgain() throws IOException {
        Path site = RefsRun.site(temp.resolve("site"), RefsRun.BIBLIOGRAPHY);
        RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve("already-there.json").toString(), site.toString());
        assertEquals(Main.OK, run.exit());
        assertEquals("src/test/resources/refs/already-there.json:2:3: warning: reference 1 (\"Massage therapy attenuates"
                + " inflammatory signaling …\") is already in the bibliography as crane2012massage (same DOI"
                + " 10.1126/SCITRANSLMED.3002882); not added again [refs/already-there]", run.firstErrLine());
        assertEquals(RefsRun.BIBLIOGRAPHY, Files.readString(site.resolve("content/bibliography.yaml")));
    }

    @Test
    void entryWithoutYearIsReportedAtItsPlaceAndTheOthersAreAdded() throws IOException {
        Path site = RefsRun.site(temp.resolve("site"), RefsRun.BIBLIOGRAPHY);
        RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve("missing-year.bib").toString(), site.toString());
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals("src/test/resources/refs/missing-year.bib:1:1: reference 1 (\"A Prospective Study on Time to"
                + " Recovery in 254 Inj…\") has no year; it was not added [refs/import-required]", run.firstErrLine());
        assertEquals(List.of("crane2012massage", "wager2015neuroscience"),
                references(site).stream().map(Reference::key).toList());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed.bib", Main.PROBLEMS, "src/test/resources/refs/malformed.bib:5:2: this is not valid"
                        + " BibTeX: \"author\" is not expected here [refs/import-syntax]"),
                Arguments.of("malformed.ris", Main.PROBLEMS, "src/test/resources/refs/malformed.ris:4:1: this line is not"
                        + " an RIS field: \"this line is not a field\" [refs/import-syntax]"),
                Arguments.of("unknown-type.ris", Main.PROBLEMS, "src/test/resources/refs/unknown-type.ris:1:7: unknown"
                        + " RIS reference type \"WXYZ\" [refs/import-syntax]"),
                Arguments.of("unclosed.ris", Main.PROBLEMS, "src/test/resources/refs/unclosed.ris:1:1: this reference"
                        + " has no closing \"ER  -\" line [refs/import-syntax]"),
                Arguments.of("malformed.json", Main.PROBLEMS, "src/test/resources/refs/malformed.json:6:5: this is not"
                        + " valid JSON: Unexpected character ('\"'): was expecting comma to separate Object entries"
                        + " [refs/import-syntax]"),
                Arguments.of("not-a-list.json", Main.PROBLEMS, "src/test/resources/refs/not-a-list.json:1:1: a CSL-JSON"
                        + " file is a list of references, [ {...}, {...} ] [refs/import-syntax]"),
                Arguments.of("wrong-shape.json", Main.PROBLEMS, "src/test/resources/refs/wrong-shape.json:2:3: reference 1"
                        + " is not a CSL item: \"author\" must be an array [refs/import-syntax]"),
                Arguments.of("refs.txt", Main.USAGE, "error: src/test/resources/refs/refs.txt: kb refs import reads BibTeX"
                        + " (.bib), RIS (.ris) and CSL-JSON (.json) files; export your references in one of these formats"),
                Arguments.of("no-such-file.bib", Main.USAGE, "error: src/test/resources/refs/no-such-file.bib does not"
                        + " exist; give the path of the exported file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesOneMessageAndLeavesTheBibliographyAsItWas(String file, int exit, String message) throws IOException {
        Path site = RefsRun.site(temp.resolve("site"), RefsRun.BIBLIOGRAPHY);
        RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve(file).toString(), site.toString());
        assertEquals(exit, run.exit(), run.err());
        assertEquals(message, run.firstErrLine());
        assertTrue(run.noStackTrace(), run.err());
        assertEquals(RefsRun.BIBLIOGRAPHY, Files.readString(site.resolve("content/bibliography.yaml")));
        try (Stream<Path> files = Files.list(site.resolve("content"))) {
            assertEquals(List.of("bibliography.yaml"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
    }

    @Test
    void fileNotSavedAsUtf8IsRefused() throws IOException {
        Path site = RefsRun.site(temp.resolve("site"), RefsRun.BIBLIOGRAPHY);
        Path file = temp.resolve("latin1.bib");
        Files.write(file, "@article{a, title = {M\u00e4ssage}}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        RefsRun run = RefsRun.run("refs", "import", file.toString(), site.toString());
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals(file + ":1:1: the file is not saved as UTF-8 [refs/import-syntax]", run.firstErrLine());
        assertEquals(RefsRun.BIBLIOGRAPHY, Files.readString(site.resolve("content/bibliography.yaml")));
    }

    @Test
    void brokenBibliographyIsReportedAndNothingIsAdded() throws IOException {
        String broken = RefsRun.BIBLIOGRAPHY.replace("  year: 2012\n", "  year: 12\n");
        Path site = RefsRun.site(temp.resolve("site"), broken);
        RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve("zotero.ris").toString(), site.toString());
        assertEquals(Main.PROBLEMS, run.exit());
        assertEquals("content/bibliography.yaml:9:3: malformed year \"12\" [bibliography/format]", run.firstErrLine());
        assertEquals(broken, Files.readString(site.resolve("content/bibliography.yaml")));
    }

    @Test
    void bibliographyWhoseListIsNotLastIsNotAppendedTo() throws IOException {
        String other = RefsRun.BIBLIOGRAPHY.replace("references:\n", "references: []\n").replaceAll("(?s)\n- key.*", "\n");
        Path site = RefsRun.site(temp.resolve("site"), other);
        RefsRun run = RefsRun.run("refs", "import", RefsRun.FIXTURES.resolve("zotero.ris").toString(), site.toString());
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.firstErrLine().startsWith("error: content/bibliography.yaml: new references can only be added"
                + " when \"references:\" is the last part"), run.err());
        assertEquals(other, Files.readString(site.resolve("content/bibliography.yaml")));
    }

    private static List<Reference> references(Path site) {
        BibliographyReader.Result read = BibliographyReader.read(site.resolve("content/bibliography.yaml"), "b");
        // Imported entries wait for their evidence kind and finding (the editor adds them); nothing else is wrong.
        assertEquals(List.of(), read.problems().stream()
                .filter(problem -> !problem.is(kb.report.Rules.BIBLIOGRAPHY_EVIDENCE_MISSING)).toList());
        return read.bibliography().references().stream()
                .map(r -> new Reference(r.key(), r.authors(), r.title(), r.journal(), r.publisher(), r.year(), r.volume(),
                        r.issue(), r.pages(), r.articleNumber(), r.doi(), r.pmid(), r.pmcid(), r.url(), r.evidence(),
                        r.finding(), 0))
                .toList();
    }
}
