package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two different sites built at the same time in one JVM share nothing: the twin fixtures give the same key
 * different sources and differ in their settings (title, host, Markdown extensions), so a build that saw the
 * other's bibliography, engine or configuration would write different bytes than when built alone.
 */
class ConcurrentSitesTest {

    private static final List<Path> SITES = List.of(FixtureSitesTest.SITES.resolve("twin-site-a"),
            FixtureSitesTest.SITES.resolve("twin-site-b"));
    private static final int ROUNDS = 6;

    @Test
    void twoSitesBuiltAtOnceWriteTheSameBytesAsEachBuiltAlone(@TempDir Path temp) throws Exception {
        List<Map<String, String>> alone = new ArrayList<>();
        for (int i = 0; i < SITES.size(); i++) {
            alone.add(snapshot(build(SITES.get(i), temp.resolve("alone-" + i))));
        }
        assertNotEquals(alone.get(0), alone.get(1), "the twin sites must differ for this test to mean anything");

        ExecutorService pool = Executors.newFixedThreadPool(SITES.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(SITES.size());
                List<Future<Path>> builds = new ArrayList<>();
                for (int i = 0; i < SITES.size(); i++) {
                    Path site = SITES.get(i);
                    Path output = temp.resolve("round-" + round + "-" + i);
                    builds.add(pool.submit(() -> {
                        start.await();
                        return build(site, output);
                    }));
                }
                for (int i = 0; i < SITES.size(); i++) {
                    Path output = builds.get(i).get(120, TimeUnit.SECONDS);
                    Map<String, String> together = snapshot(output);
                    assertEquals(alone.get(i).keySet(), together.keySet(), "files of " + SITES.get(i).getFileName());
                    Map<String, String> expected = alone.get(i);
                    List<String> differing = expected.keySet().stream()
                            .filter(file -> !expected.get(file).equals(together.get(file))).toList();
                    assertEquals(List.of(), differing, "files that differ from the build alone, round " + round
                            + ", " + SITES.get(i).getFileName());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path build(Path site, Path output) throws Exception {
        BuildResult result = new SiteBuilder().build(BuildOptions.production(site, output).withClock(FixtureSitesTest.TODAY));
        assertTrue(result.published(), () -> site.getFileName() + " problems: " + result.report().problems());
        return output;
    }

    private static Map<String, String> snapshot(Path output) throws Exception {
        Map<String, String> files = AtomicOutputTest.snapshot(output);
        assertTrue(files.size() > 5, "the build wrote too few files to compare: " + files.keySet());
        return files;
    }
}
