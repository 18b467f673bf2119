package kb.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kb.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb.citation.style}: each kind of value, and each mistake as one error where it is. */
class CitationStyleSettingTest {

    @TempDir
    Path site;

    private CitationStyleSetting.Result read(String value) {
        return CitationStyleSetting.read(value, site, file -> site.relativize(file).toString(), 7);
    }

    private Problem onlyProblem(String value) {
        CitationStyleSetting.Result result = read(value);
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(CitationStyle.DEFAULT, result.style().name(), "the build goes on in the default style");
        return result.problems().get(0);
    }

    @Test
    void noSettingAndVancouverAreTheDefault() {
        assertEquals(CitationStyle.DEFAULT, read(null).style().name());
        assertEquals(List.of(), read("Vancouver").problems());
    }

    @Test
    void standardStylesAreFoundByTheirFileNameIncludingDependentJournalStyles() {
        for (String id : List.of("apa", "american-medical-association", "nlm-citation-sequence",
                "journal-of-the-american-medical-directors-association")) {
            CitationStyleSetting.Result result = read(id);
            assertEquals(List.of(), result.problems(), id);
            assertEquals(id, result.style().name());
        }
    }

    @Test
    void anUnknownNameIsOneErrorAtTheSettingsLineWithTheClosestNames() {
        Problem problem = onlyProblem("american-medical-asociation");
        assertEquals("jbake.properties", problem.file());
        assertEquals(7, problem.line());
        assertEquals("kb.citation.style: unknown citation style \"american-medical-asociation\"", problem.message());
        assertTrue(problem.hint().startsWith("did you mean \"american-medical-association\""), problem.hint());
    }

    @Test
    void aWebAddressIsNotFetched() {
        Problem problem = onlyProblem("https://www.zotero.org/styles/apa");
        assertTrue(problem.message().contains("is a web address"), problem.message());
    }

    @Test
    void aMissingOrOutsideFileIsAnErrorAtTheSetting() {
        assertEquals("jbake.properties", onlyProblem("styles/none.csl").file());
        assertEquals("jbake.properties", onlyProblem("../outside.csl").file());
    }

    @Test
    void aClinicsOwnStyleIsUsed() throws IOException {
        Files.createDirectories(site.resolve("styles"));
        Files.writeString(site.resolve("styles/titles.csl"), """
                <?xml version="1.0" encoding="utf-8"?>
                <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
                  <info><title>Titles only</title><id>titles</id><updated>2026-01-01T00:00:00+00:00</updated></info>
                  <citation><layout><text variable="title"/></layout></citation>
                  <bibliography><layout><text variable="title" font-style="italic"/></layout></bibliography>
                </style>
                """);
        CitationStyleSetting.Result result = read("styles/titles.csl");
        assertEquals(List.of(), result.problems());
        Reference reference = new Reference("k", List.of("Doe J"), "A <title>", "J", null, "2020", null, null, null,
                null, null, null, null, null, null, null, 1);
        assertEquals("<i>A &lt;title&gt;</i>",
                FormattedReferences.format(result.style(), List.of(reference)).get(reference).html());
    }

    @Test
    void aFileThatIsNotACslStyleOrHasADocumentTypeIsOneErrorInTheFile() throws IOException {
        Files.writeString(site.resolve("page.csl"), "<html><body>not a style</body></html>");
        Problem notCsl = onlyProblem("page.csl");
        assertEquals("page.csl", notCsl.file());
        assertTrue(notCsl.message().contains("not a CSL citation style"), notCsl.message());
        Files.writeString(site.resolve("entity.csl"), "<?xml version=\"1.0\"?>\n<!DOCTYPE style [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>\n<style xmlns=\"http://purl.org/net/xbiblio/csl\">&x;</style>");
        Problem entity = onlyProblem("entity.csl");
        assertEquals("entity.csl", entity.file());
        assertEquals(2, entity.line());
    }

    @Test
    void aStyleWithoutABibliographyIsRefused() throws IOException {
        Files.writeString(site.resolve("cite-only.csl"), """
                <style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0">
                  <info><title>x</title><id>x</id></info>
                  <citation><layout><text variable="title"/></layout></citation>
                </style>
                """);
        assertTrue(onlyProblem("cite-only.csl").message().contains("no <bibliography>"));
    }
}
