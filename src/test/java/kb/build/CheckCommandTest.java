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
import kb.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kb check} validates without publishing; every run leaves a JSON report beside the site. */
class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void checkReportsProblemsWithExitCodeAndWritesJsonButPublishesNothing() throws Exception {
        Path site = FixtureCopy.of("missing-anchor", temp.resolve("src"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("check", site.toString());

        assertEquals(Main.PROBLEMS, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("content/index.md:9:38: link \"#nowhere\""), err::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Checked 2 pages"), out::toString);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("3 errors, 0 warnings"), out::toString);
        assertFalse(Files.exists(site.resolve("target/site")), "check publishes nothing");
        String json = Files.readString(site.resolve("target/site-report.json"));
        assertTrue(json.contains("\"errors\": 3"), json);
        assertTrue(json.contains("{\"rule\": \"link/missing-anchor\", \"severity\": \"error\", \"file\": \"content/index.md\", \"line\": 8, \"column\": 45,"), json);
    }

    @Test
    void failedBuildStillWritesTheJsonReportBesideTheOutput() throws Exception {
        Path site = FixtureCopy.of("missing-link", temp.resolve("src"));
        int exit = new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))
                .run("build", site.toString(), temp.resolve("out/site").toString());
        assertEquals(Main.PROBLEMS, exit);
        assertFalse(Files.exists(temp.resolve("out/site")));
        assertTrue(Files.readString(temp.resolve("out/site-report.json")).contains("\"errors\": 6"));
    }

    @Test
    void strictModeFailsOnWarnings() throws Exception {
        Path site = FixtureCopy.of("unlinked-page", temp.resolve("src"));
        Main main = new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(Main.OK, main.run("check", site.toString()));
        assertEquals(Main.PROBLEMS, main.run("check", site.toString(), "--strict"));
    }
}
