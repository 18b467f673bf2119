package kb.build;

import kb.testing.FixtureCopy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kb.cli.Main;
import kb.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input that the fixture sites cannot hold: a 5 MB file is generated here rather than committed, and a broken
 * {@code jbake.properties} is a configuration error (exit 2) rather than a list of content problems.
 */
class GeneratedBadInputTest {

    @TempDir
    Path temp;

    @Test
    void tenThousandEntryBibliographyIsReadWholeAndItsBadEntryAndUnknownKeyAreNamed() throws Exception {
        Path site = copyOfBasic();
        StringBuilder yaml = new StringBuilder("# Generated test data, not real references.\nreferences:\n");
        int line = 3;
        int badDoiLine = 0;
        for (int i = 0; i < 10_000; i++) {
            yaml.append(String.format("- key: entry%05d%n  authors: [Doe J]%n  title: Test entry %d%n  journal: Journal of Tests%n  year: 2020%n", i, i));
            line += 5;
            String doi = i == 7777 ? "doi:10.1000/x" : "10.1000/" + i;
            yaml.append("  doi: '").append(doi).append("'\n");
            badDoiLine = i == 7777 ? line : badDoiLine;
            line++;
            yaml.append("  evidence: observational\n  finding: Generated test entry.\n");
            line += 2;
        }
        Files.writeString(site.resolve("content/bibliography.yaml"), yaml);
        Files.writeString(site.resolve("content/about.md"), Files.readString(site.resolve("content/about.md"))
                + "\nA study found this [@entry05000]. Another found that [@entry1000].\n");
        Path output = temp.resolve("site");

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output));
        List<Problem> errors = result.report().problems().stream().filter(Problem::isError).toList();
        assertEquals(2, errors.size(), errors.toString()); // sorted by file: about.md, then bibliography.yaml
        assertEquals("content/bibliography.yaml", errors.get(1).file());
        assertEquals(badDoiLine, errors.get(1).line(), errors.get(1).headline());
        assertEquals("bibliography/format", errors.get(1).rule());
        assertTrue(errors.get(0).headline().startsWith("content/about.md:"), errors.get(0).headline());
        assertTrue(errors.get(0).headline().contains("citation key \"entry1000\" is not in content/bibliography.yaml"),
                errors.get(0).headline());
        assertEquals(9_999, result.report().problems().stream().filter(p -> p.rule().equals("bibliography/unused")).count());
        assertFalse(result.published());
        assertFalse(Files.exists(output));
    }

    @Test
    void fiveMegabyteFileIsRefusedWithItsSizeAndThePreviousSiteKept() throws Exception {
        Path site = copyOfBasic();
        Path output = temp.resolve("site");
        assertTrue(new SiteBuilder().build(BuildOptions.production(site, output)).published());
        Map<String, String> before = AtomicOutputTest.snapshot(output);

        String paragraph = "Massage may ease the feeling of tight calves after long runs. ".repeat(16) + "\n\n";
        StringBuilder huge = new StringBuilder("---\ntype: page\ntitle: Huge\n---\n\n");
        while (huge.length() < 5 * 1024 * 1024) {
            huge.append(paragraph);
        }
        huge.setLength(5 * 1024 * 1024);
        Files.writeString(site.resolve("content/huge.md"), huge, StandardCharsets.UTF_8);

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output));
        assertEquals("content/huge.md:1:1: file is 5120 KB, more than the 2048 KB a content file may have [file/too-large]",
                String.join("\n", result.report().problems().stream().map(Problem::headline).toList()));
        assertFalse(result.published());
        assertEquals(before, AtomicOutputTest.snapshot(output));
        assertEquals(Main.PROBLEMS, main(new ByteArrayOutputStream(), "build", site.toString(), output.toString()));
    }

    @Test
    void unknownMarkdownExtensionNameIsAConfigurationErrorWithExitTwo() throws Exception {
        Path site = copyOfBasic();
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties)
                .replace("markdown.extensions=TABLES,", "markdown.extensions=TABELS,"));
        Path output = temp.resolve("site");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.USAGE, main(err, "build", site.toString(), output.toString()));
        assertEquals("error: unknown markdown.extensions name \"TABELS\" in jbake.properties; use names such as TABLES,"
                + " FENCED_CODE_BLOCKS, AUTOLINKS", err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(output), "nothing may be published");
    }

    @Test
    void symbolicLinksLeadingOutTheSiteAreRefusedAndNothingIsPublished() throws Exception {
        Path site = copyOfBasic();
        Path secret = Files.writeString(temp.resolve("secret.txt"), "not for the web");
        Path page = Files.writeString(temp.resolve("outside.md"), "---\ntype: page\ntitle: Outside\n---\n\nText.\n");
        // The basic fixture borrows the repository's assets; give this copy its own assets folder to plant the link in.
        Path properties = site.resolve("jbake.properties");
        Files.writeString(properties, Files.readString(properties).replaceAll("(?m)^asset\\.folder=.*$", "asset.folder=assets"));
        FixtureCopy.copyTree(Path.of("assets"), site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/notes.txt"), secret);
        Files.createSymbolicLink(site.resolve("content/outside.md"), page);
        Files.createSymbolicLink(site.resolve("content/inside.txt"), site.resolve("content/about.md"));
        Path output = temp.resolve("site");

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output));
        assertEquals(String.join("\n",
                "assets/notes.txt: symbolic link to " + secret.toRealPath() + " leads outside the site folder [file/outside-link]",
                // A link inside the site is read as its file: a text file, which is not published.
                "content/inside.txt: text file inside.txt is not published: notes and to-do lists do not belong in the"
                        + " site folder [asset/notes]",
                "content/outside.md: symbolic link to " + page.toRealPath() + " leads outside the site folder [file/outside-link]"),
                // Everything else is still copied, so no stylesheet or script is reported missing after them.
                String.join("\n", result.report().problems().stream().map(Problem::headline).sorted().toList()));
        assertFalse(result.published());
        assertFalse(Files.exists(output));
    }

    @Test
    void eightHundredLevelIndentedListIsOneErrorWhereItGoesTooDeep() throws Exception {
        Path site = copyOfBasic();
        StringBuilder page = new StringBuilder("---\ntype: page\ntitle: Deep list\n---\n\n");
        for (int level = 0; level < 800; level++) {
            // Four spaces more per item: a list inside the item above, in every Markdown dialect.
            page.append("    ".repeat(level)).append("- item\n");
        }
        Files.writeString(site.resolve("content/deep.md"), page);

        List<Problem> errors = errorsOf(site);
        // Line 6 holds level 1, so level 33 (the first too many) is on line 38.
        assertEquals(List.of("content/deep.md:38:129: this block is nested 800 levels deep; the most a page may nest"
                + " is 32 [markdown/too-deep]"), errors.stream().map(Problem::headline).toList());
    }

    @Test
    void emphasisNestedDeeperThanTheParserCanFollowIsOneErrorAtItsLine() throws Exception {
        Path site = copyOfBasic();
        String deep = "*a **b ".repeat(60_000) + "x" + " c** d*".repeat(60_000);
        Files.writeString(site.resolve("content/deep.md"), "---\ntype: page\ntitle: Deep\n---\n\nFine.\n\n" + deep + "\n");

        List<Problem> errors = errorsOf(site);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("markdown/too-deep", errors.get(0).rule());
        assertEquals("content/deep.md", errors.get(0).file());
        assertEquals(8, errors.get(0).line());
    }

    private List<Problem> errorsOf(Path site) throws Exception {
        Path output = temp.resolve("site");
        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.PROBLEMS, main(err, "build", site.toString(), temp.resolve("cli").toString()));
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"), err.toString(StandardCharsets.UTF_8));
        assertFalse(result.published());
        return result.report().problems().stream().filter(Problem::isError).toList();
    }

    private static int main(ByteArrayOutputStream err, String... args) {
        return new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private Path copyOfBasic() throws Exception {
        return FixtureCopy.of("basic", temp.resolve("src"));
    }
}
