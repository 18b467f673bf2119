package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kb.testing.SameFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site build as Windows starts it: the pom's {@code plain-java} profile runs Java itself with
 * {@code bin/build.jvm-options}, where other systems run {@code bin/kb-java}. Run after {@code mvn package}, it builds
 * the site that way and compares it with the one the package phase built.
 */
class PlainJavaBuildIT {

    @TempDir
    Path output;

    @Test
    void theProfileWindowsUsesBuildsTheSameSiteAsTheLauncher() throws IOException, InterruptedException {
        String mavenHome = System.getProperty("kb.maven.home");
        assumeTrue(mavenHome != null && !mavenHome.isBlank(), "skipped: run by Maven (mvn verify), which names itself");
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        Path mvn = Path.of(mavenHome, "bin", windows ? "mvn.cmd" : "mvn");
        Path built = Path.of(System.getProperty("kb.site", "target/site"));
        assertTrue(Files.isDirectory(built), "no site at " + built + ": run mvn package first");

        List<String> command = new ArrayList<>(List.of(mvn.toString(), "-o", "-B", "-q", "-f",
                Path.of("pom.xml").toAbsolutePath().toString(), "-P", "plain-java", "exec:exec@build-site",
                "-Dkb.output=" + output.resolve("site")));
        String repository = System.getProperty("kb.maven.repo");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "the build did not end");
        assertEquals(0, maven.exitValue(), log);
        assertTrue(log.contains("0 errors"), log);

        SameFiles.assertSameFiles(built, output.resolve("site"));
    }
}
