package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bench.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import kb.report.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A preview rebuild after an edit re-renders only what the edit affects, and writes exactly what a full build of
 * the edited site writes.
 */
class IncrementalRebuildTest {

    private static final int PAGES = 60;

    @TempDir
    Path temp;
    Path site;
    Path preview;
    SiteBuilder builder;

    @BeforeEach
    void buildOnce() throws Exception {
        new CorpusGenerator(Path.of("."), PAGES).write(temp.resolve("corpus"));
        site = temp.resolve("corpus/kb");
        preview = temp.resolve("preview");
        builder = new SiteBuilder();
        BuildResult first = builder.build(BuildOptions.production(site, preview));
        assertTrue(first.published(), () -> "problems: " + first.report().problems());
    }

    @Test
    void editingOnePagesBodyRewritesFewFilesAndMatchesAFullBuild() throws Exception {
        assertEquals(0, builder.rebuild(Set.of()).filesWritten(), "a rebuild without a change writes nothing");
        Path page = site.resolve("content/injuries/injury-00003.md");
        Files.writeString(page, Files.readString(page) + "\nOne more sentence for the preview.\n");
        BuildResult result = builder.rebuild(Set.of(page));
        // The page, and what shows its date: the home and injuries pages, the two technique pages listing it, the
        // sitemap, the feed, the reference pages citing it and search.json (which lists the reference pages). The
        // sentence is in its references section, which search leaves out: no search text or word group changes.
        assertTrue(result.filesWritten() >= 1 && result.filesWritten() <= 10,
                "wrote " + result.filesWritten() + " files again for a one-page edit");
        assertSameAsFullBuild(result);
    }

    @Test
    void editingOnePagesSearchableTextRewritesItsSearchPartsOnly() throws Exception {
        Path page = site.resolve("content/injuries/injury-00003.md");
        String text = Files.readString(page);
        int second = text.indexOf("\n## ", text.indexOf("\n## ") + 1); // the end of its first ## section
        Files.writeString(page, text.substring(0, second) + "\nZygote quokka xylophone.\n" + text.substring(second));
        BuildResult result = builder.rebuild(Set.of(page));
        // Besides the files of the edit above: the page's search text and the word groups of its three new words
        // (zy, qu, xy); of the site's 60 search texts and its word groups, no other.
        assertTrue(result.filesWritten() >= 4 && result.filesWritten() <= 14,
                "wrote " + result.filesWritten() + " files again for a one-page edit");
        assertSameAsFullBuild(result);
    }

    @Test
    void changesOutsideThePagesAssetsAndSettingsRebuildNothing() throws Exception {
        Path output = preview.resolve("injuries/injury-00001/index.html");
        Path swap = site.resolve("content/injuries/.injury-00001.md.swp");
        Files.writeString(swap, "editor state");
        int siteWideOnly = builder.rebuild(Set.of()).filesWritten();
        BuildResult result = builder.rebuild(Set.of(output, swap));
        assertEquals(siteWideOnly, result.filesWritten(), "only the site-wide pages (404) are rendered again");
        Files.delete(swap);
    }

    @Test
    void editingATemplateRebuildsEverything() throws Exception {
        Path template = site.resolve("templates/injury.ftl");
        Files.writeString(template, Files.readString(template).replace("<article class=\"injury\">",
                "<article class=\"injury edited\">"));
        BuildResult result = builder.rebuild(Set.of(template));
        assertTrue(result.filesWritten() > PAGES / 2, "rewrote only " + result.filesWritten() + " files");
        assertSameAsFullBuild(result);
    }

    @Test
    void editingASnippetRebuildsThePagesThatIncludeIt() throws Exception {
        Path snippet = site.resolve("content/_snippets/race-week.md");
        Files.createDirectories(snippet.getParent());
        Files.writeString(snippet, "Keep race week easy.\n");
        Path page = site.resolve("content/injuries/injury-00003.md");
        Files.writeString(page, Files.readString(page) + "\n{{< snippet race-week >}}\n");
        builder.build(BuildOptions.production(site, preview));
        Path output = preview.resolve("injuries/injury-00003/index.html");
        assertTrue(Files.readString(output).contains("Keep race week easy."));

        Files.writeString(snippet, "Keep race week light.\n");
        BuildResult result = builder.rebuild(Set.of(snippet));
        assertTrue(Files.readString(output).contains("Keep race week light."), "the including page is rebuilt");
        assertFalse(Files.exists(preview.resolve("_snippets")), "snippets are not published");
        assertSameAsFullBuild(result);
    }

    @Test
    void renamingATechniqueUpdatesTheListsThatShowItAndMatchesAFullBuild() throws Exception {
        Path page = site.resolve("content/techniques/technique-00002.md");
        Path card = preview.resolve("techniques/technique-00002/share.png");
        byte[] before = Files.readAllBytes(card);
        Files.writeString(page, Files.readString(page).replaceFirst("title: .*", "title: A renamed technique"));
        assertSameAsFullBuild(builder.rebuild(Set.of(page)));
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(card)), "the share card shows the new title");
    }

    @Test
    void givingAPageItsOwnImageRemovesItsShareCard() throws Exception {
        Path page = site.resolve("content/techniques/technique-00002.md");
        assertTrue(Files.exists(preview.resolve("techniques/technique-00002/share.png")));
        Files.writeString(page, Files.readString(page).replaceFirst("title: (.*)", "title: $1\nimage: /img/share.png"));
        assertSameAsFullBuild(builder.rebuild(Set.of(page)));
        assertFalse(Files.exists(preview.resolve("techniques/technique-00002/share.png")));
    }

    @Test
    void addingAndDeletingPagesMatchesAFullBuild() throws Exception {
        Path added = site.resolve("content/injuries/new-injury.md");
        Files.copy(site.resolve("content/injuries/injury-00001.md"), added);
        Files.writeString(added, Files.readString(added).replaceFirst("title: .*", "title: A new injury"));
        assertSameAsFullBuild(builder.rebuild(Set.of(added)));

        Path deleted = site.resolve("content/injuries/new-injury.md");
        Files.delete(deleted);
        assertSameAsFullBuild(builder.rebuild(Set.of(deleted)));
        assertFalse(Files.exists(preview.resolve("injuries/new-injury")), "the deleted page's folder must go");
    }

    @Test
    void anEditThatBreaksALinkReportsWhatAFullBuildReports() throws Exception {
        Path page = site.resolve("content/techniques/technique-00001.md");
        Files.writeString(page, Files.readString(page) + "\nSee [nothing](../injuries/not-there.md).\n");
        BuildResult result = builder.rebuild(Set.of(page));
        BuildResult full = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("full")));
        assertTrue(result.report().hasErrors());
        assertEquals(full.report().problems().stream().map(Problem::headline).toList(),
                result.report().problems().stream().map(Problem::headline).toList());
    }

    @Test
    void anAssetEditedIntoAnUnsafeSvgLeavesThePreviewWithTheProblemsOfAFullBuild() throws Exception {
        Path svg = site.resolve("assets/img/diagram.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>\n");
        assertSameAsFullBuild(builder.rebuild(Set.of(svg)));
        assertTrue(Files.isRegularFile(preview.resolve("img/diagram.svg")), "a clean SVG is published");

        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"\n onload=\"alert(1)\"><rect/></svg>\n");
        Path swap = Files.writeString(site.resolve("assets/img/.diagram.svg.swp"), "editor state");
        BuildResult result = builder.rebuild(Set.of(svg, swap));
        BuildResult full = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("full")));
        assertEquals(List.of("assets/img/.diagram.svg.swp: warning: .diagram.svg.swp is an editor's working file (swap or"
                        + " lock file); it is not published [asset/leftover]",
                "assets/img/diagram.svg:2:2: SVG image has the event handler onload=\"alert(1)\" on <svg> [asset/unsafe-svg]"),
                full.report().problems().stream().filter(p -> p.file().startsWith("assets/")).map(Problem::headline)
                        .sorted().toList());
        assertEquals(full.report().problems().stream().map(Problem::headline).sorted().toList(),
                result.report().problems().stream().map(Problem::headline).sorted().toList());
        assertFalse(Files.exists(preview.resolve("img/diagram.svg")), "the SVG published before must leave the preview");
    }

    private void assertSameAsFullBuild(BuildResult result) throws Exception {
        assertTrue(result.published(), () -> "problems: " + result.report().problems());
        Path full = temp.resolve("full");
        BuildResult fullResult = new SiteBuilder().build(BuildOptions.production(site, full));
        assertTrue(fullResult.published(), () -> "problems: " + fullResult.report().problems());
        assertEquals(AtomicOutputTest.snapshot(full), AtomicOutputTest.snapshot(preview));
        assertEquals(fullResult.report().summary(), result.report().summary());
    }

}
