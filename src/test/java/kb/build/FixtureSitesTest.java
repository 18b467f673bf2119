package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import kb.cli.Main;
import kb.report.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds every fixture site under {@code src/test/resources/sites/<case>/} and compares the problems found with
 * {@code expected-problems.txt} beside it (one {@code file:line:col: message [rule]} per line; {@code #} starts a
 * comment). A case with errors must exit with 1 and publish nothing.
 */
class FixtureSitesTest {

    static final Path SITES = Path.of("src/test/resources/sites");
    /** "Today" for review dates in fixtures, so expectations do not change with the calendar. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC);

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(SITES)) {
            return dirs.filter(d -> Files.exists(d.resolve("expected-problems.txt")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name, @TempDir Path temp) throws Exception {
        Path site = SITES.resolve(name);
        List<String> expected = Files.readAllLines(site.resolve("expected-problems.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Path output = temp.resolve("site");

        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output).withClock(TODAY));
        List<String> actual = result.report().problems().stream().map(Problem::headline).toList();
        if (Boolean.getBoolean("fixtures.update")) {
            // Rewrites the expectations from what the build reports now: review the diff before committing.
            List<String> comments = Files.readAllLines(site.resolve("expected-problems.txt")).stream()
                    .filter(line -> line.startsWith("#")).toList();
            Files.write(site.resolve("expected-problems.txt"),
                    java.util.stream.Stream.concat(comments.stream(), actual.stream()).toList());
            expected = actual;
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "problems of fixture " + name);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("build", site.toString(), temp.resolve("cli").toString());
        boolean errors = result.report().hasErrors();
        assertEquals(errors ? Main.PROBLEMS : Main.OK, exit, "exit code; stderr:\n" + err);
        assertEquals(!errors, Files.isDirectory(temp.resolve("cli")), errors ? "a failed build must publish nothing"
                : "a clean build must publish the site");
    }
}
