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
        assertEquals(Main.PROBLEMS, run(err, "build", site.toString(), temp.resolve("out").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "/about/#old-heading was published, but content/about.md no longer has the anchor #old-heading"), err::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("run kb build --update-permalinks, which retires it"),
                "the hint says how to retire the address on purpose: " + err);
        assertTrue(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#old-heading"),
                "a failed build leaves the list as it was");

        Files.writeString(about, Files.readString(about).replace("## New heading", "<a id=\"old-heading\"></a>\n\n## New heading"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Main.OK, run(out, new ByteArrayOutputStream(), "build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        assertTrue(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#new-heading"));
        assertTrue(Files.readAllLines(site.resolve("permalinks.txt")).contains("/about/#old-heading"),
                "an anchor kept above a renamed heading is still published, so it stays guarded");
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Retired"), "nothing was retired: " + out);
    }

    @Test
    void updateRetiresAnAddressThatIsGoneAndPrintsIt() throws Exception {
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        assertEquals(Main.OK, run("build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        List<String> before = Files.readAllLines(site.resolve("permalinks.txt"));
        assertTrue(before.contains("/injuries/knee-pain/"), before::toString);
        List<String> kneeAddresses = before.stream().filter(url -> url.startsWith("/injuries/knee-pain/")).toList();
        Files.delete(site.resolve("content/injuries/knee-pain.md"));
        unlink(site, "knee-pain");

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.PROBLEMS, run(err, "build", site.toString(), temp.resolve("out").toString()),
                "without the option a removed page fails the build");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("/injuries/knee-pain/ was published and is gone"), err::toString);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(Main.OK, run(out, new ByteArrayOutputStream(), "build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> after = Files.readAllLines(site.resolve("permalinks.txt"));
        List<String> retired = before.stream().filter(url -> !after.contains(url)).toList();
        assertTrue(retired.containsAll(kneeAddresses), "the page and its anchors are retired: " + after);
        assertTrue(printed.contains("Retired " + retired.size() + " addresses"), printed);
        for (String url : retired) {
            // Also what went with the page, e.g. the "Used for" heading of the technique it listed.
            assertTrue(printed.contains("  " + url + System.lineSeparator()), "each retired address is printed: " + url + "\n" + printed);
        }
        assertTrue(before.containsAll(after), "nothing new was published");
    }

    @Test
    void updateRetiresNothingWhileAnotherErrorRemains() throws Exception {
        Path site = FixtureCopy.of("basic", temp.resolve("src"));
        assertEquals(Main.OK, run("build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        List<String> before = Files.readAllLines(site.resolve("permalinks.txt"));
        Files.delete(site.resolve("content/injuries/knee-pain.md"));
        unlink(site, "knee-pain");
        Path index = site.resolve("content/index.md");
        Files.writeString(index, Files.readString(index) + "\nAnd [a page that never was](nowhere.md).\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(Main.PROBLEMS, run(out, err, "build", site.toString(), temp.resolve("out").toString(), "--update-permalinks"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("/injuries/knee-pain/ was published and is gone"),
                "the removal is still an error while the build has another one: " + err);
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Retired"), out::toString);
        assertEquals(before, Files.readAllLines(site.resolve("permalinks.txt")), "the list is left as it was");
    }

    /** Removes links to the page {@code slug}.md from the fixture's pages, so that only the removal itself is wrong. */
    private static void unlink(Path site, String slug) throws java.io.IOException {
        try (var files = Files.walk(site.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                String fixed = text.replaceAll("\\[([^\\]]*)\\]\\([^)]*" + slug + "\\.md[^)]*\\)", "$1");
                if (!fixed.equals(text)) {
                    Files.writeString(file, fixed);
                }
            }
        }
    }

    private static int run(String... args) {
        return run(new ByteArrayOutputStream(), args);
    }

    private static int run(ByteArrayOutputStream err, String... args) {
        return run(new ByteArrayOutputStream(), err, args);
    }

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }
}
