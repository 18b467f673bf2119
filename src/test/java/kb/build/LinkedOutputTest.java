package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kb.publish.OutputFolder;
import kb.testing.FixtureCopy;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb build --link}: the output is a symbolic link to the published version, replaced in one rename, so a
 * reader never finds the site missing; a real folder is migrated once; old versions go with the next build.
 */
class LinkedOutputTest {

    @TempDir
    Path temp;
    Path source;
    Path output;

    @BeforeEach
    void site() throws IOException {
        Path probe = temp.resolve("probe");
        try {
            Files.createSymbolicLink(probe, Path.of("anything"));
            Files.delete(probe);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("skipped: this system cannot make symbolic links (" + e.getMessage() + ")");
        }
        source = FixtureCopy.of("basic", temp.resolve("src"));
        output = temp.resolve("out/site");
    }

    private BuildResult build(boolean linked) throws Exception {
        BuildOptions options = BuildOptions.production(source, output);
        return new SiteBuilder().build(linked ? options.linked() : options);
    }

    private List<String> beside() throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void eachPublishReplacesTheLinkAndOldVersionsAreDeleted() throws Exception {
        assertEquals(OutputFolder.Swap.LINKED, build(true).swap());
        assertTrue(Files.isSymbolicLink(output));
        assertEquals(Path.of(".site.v1"), Files.readSymbolicLink(output), "relative, so the folder can move");
        assertTrue(Files.isRegularFile(output.resolve("about/index.html")));

        assertEquals(OutputFolder.Swap.LINKED, build(false).swap(), "a link stays a link");
        assertEquals(Path.of(".site.v2"), Files.readSymbolicLink(output));
        assertTrue(Files.isDirectory(output.resolveSibling(".site.v1")), "kept for readers still in it");

        build(false);
        build(false);
        assertEquals(List.of(".site.lock", ".site.v2", ".site.v3", ".site.v4", "site"), beside(),
                "a build deletes all but the two newest versions before it publishes its own");
    }

    @Test
    void aRealFolderIsMigratedOnceAndItsSiteKeptAsideUntilTheNextBuild() throws Exception {
        assertEquals(OutputFolder.Swap.MOVED, build(false).swap());
        assertFalse(Files.isSymbolicLink(output));
        assertEquals(OutputFolder.Swap.MIGRATED_TO_LINK, build(true).swap());
        assertTrue(Files.isSymbolicLink(output));
        assertTrue(Files.isRegularFile(output.resolveSibling(".site.previous/about/index.html")));
        assertEquals(OutputFolder.Swap.LINKED, build(false).swap());
        assertEquals(List.of(".site.lock", ".site.v1", ".site.v2", "site"), beside(), "the old real folder is gone");
    }

    @Test
    void aFailedBuildLeavesTheLinkedSiteAsItWas() throws Exception {
        build(true);
        var before = AtomicOutputTest.snapshot(output.toRealPath());
        Files.writeString(source.resolve("content/about.md"), "---\ntype: recipe\ntitle: Broken\n---\n\nText.\n");
        BuildResult failed = build(true);
        assertFalse(failed.published());
        assertEquals(Path.of(".site.v1"), Files.readSymbolicLink(output));
        assertEquals(before, AtomicOutputTest.snapshot(output.toRealPath()));
    }

    @Test
    void aReaderProcessPollingTheOutputNeverFindsItMissingDuringManyPublishes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "skipped: needs /bin/sh for the reader");
        publish(1);
        Path log = temp.resolve("reader.log");
        // Another process, as a web server is: it checks for the home page as fast as it can until told to stop.
        Path stop = temp.resolve("stop");
        Process reader = new ProcessBuilder("/bin/sh", "-c", "n=0; while [ ! -e '" + stop + "' ]; do n=$((n+1));"
                + " [ -f '" + output.resolve("index.html") + "' ] || echo missing; done; echo checks $n")
                .redirectOutput(log.toFile()).redirectErrorStream(true).start();
        try {
            for (int i = 2; i <= 150; i++) {
                publish(i);
                // A real build takes a second or more; old versions are deleted two builds later, and a reader
                // that lags that far behind is not what this measures.
                Thread.sleep(20);
            }
        } finally {
            Files.createFile(stop);
            assertTrue(reader.waitFor(30, TimeUnit.SECONDS));
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(1, lines.size(), "the reader found the site missing " + (lines.size() - 1) + " times");
        assertTrue(lines.get(0).matches("checks [1-9][0-9]*"), lines.get(0));
        assertEquals("version 150", Files.readString(output.resolve("index.html")));
    }

    /** One publish of a one-page site through the output folder itself (a whole build takes a second). */
    private void publish(int version) throws Exception {
        try (OutputFolder folder = OutputFolder.open(output)) {
            Files.writeString(folder.staging().resolve("index.html"), "version " + version);
            folder.publish(true);
        }
    }
}
