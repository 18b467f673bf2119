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
import kb.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors record what the site publishes with {@code --update-permalinks}; afterwards a build in which a recorded
 * anchor disappears fails until the old anchor is kept.
 */
class PermalinkGuardTest {

    @TempDir
    Path temp;

    @Test
    void updateRecordsEveryUrlAndHeadingAnchorAndTheGuardThenCatchesARemovedAnchor() throws Exception {
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        Path about = site.resolve("content/about.md");
        Files.writeString(about, Files.readString(about) + "\n## Old heading\n\nMore text.\n");

        assertEquals(Main.OK, run("build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        List<String> listed = Files.readAllLines(site.resolve("permalinks.txt"));
        assertTrue(listed.containsAll(List.of("/", "/about/", "/about/#old-heading", "/faq/#first-question",
                "/injuries/knee-pain/#when-not-to-massage")), listed::toString);
        assertEquals(listed.stream().sorted().toList(), listed, "the list is sorted");

        Files.writeString(about, Files.readString(about).replace("## Old heading", "## New heading"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.PROBLEMS, run(err, "build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "/about/#old-heading was published, but content/about.md no longer has the anchor #old-heading"), err::toString);
        assertTrue(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#old-heading"),
                "a failed build leaves the list as it was");

        Files.writeString(about, Files.readString(about).replace("## New heading", "<a id=\"old-heading\"></a>\n\n## New heading"));
        assertEquals(Main.OK, run("build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        assertTrue(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#new-heading"));
        assertFalse(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#old-heading"),
                "an anchor alias keeps old links working but is not a heading anchor of its own");
    }

    private static int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
