package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import kb.publish.OutputFolder;
import kb.testing.FixtureCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build never touches the published site; a good one replaces it whole, with no stale pages. */
class AtomicOutputTest {

    @TempDir
    Path temp;

    @Test
    void failedBuildLeavesPreviousSiteByteIdentical() throws Exception {
        Path source = FixtureCopy.of("basic", temp.resolve("src"));
        Path output = temp.resolve("site");
        assertTrue(new SiteBuilder().build(BuildOptions.production(source, output)).published());
        Map<String, String> before = snapshot(output);

        Files.writeString(source.resolve("content/about.md"), "---\ntype: recipe\ntitle: Broken\n---\n\nText.\n");
        BuildResult failed = new SiteBuilder().build(BuildOptions.production(source, output));

        assertFalse(failed.published());
        assertEquals(before, snapshot(output));
    }

    @Test
    void successfulBuildRemovesPagesWhoseSourceIsGone() throws Exception {
        Path source = FixtureCopy.of("basic", temp.resolve("src"));
        Path output = temp.resolve("site");
        // A page no template links to, so removing it breaks no link.
        Files.writeString(source.resolve("content/notes.md"), "---\ntype: page\ntitle: Notes\n---\n\nNotes.\n");
        new SiteBuilder().build(BuildOptions.production(source, output));
        assertTrue(Files.exists(output.resolve("notes/index.html")));

        Files.delete(source.resolve("content/notes.md"));
        assertTrue(new SiteBuilder().build(BuildOptions.production(source, output)).published());
        assertFalse(Files.exists(output.resolve("notes/index.html")), "stale page must not linger");
    }

    @Test
    void secondBuildOfTheSameOutputIsRefusedWhileTheFirstHoldsTheLock() throws Exception {
        Path output = temp.resolve("site");
        try (OutputFolder first = OutputFolder.open(output)) {
            OutputFolder.LockedException e = assertThrows(OutputFolder.LockedException.class,
                    () -> new SiteBuilder().build(BuildOptions.production(FixtureSitesTest.SITES.resolve("basic"), output)));
            assertTrue(e.getMessage().contains("another build is already writing this site"));
        }
    }

    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        }
        return files;
    }
}
