package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bench.CorpusGenerator;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing and rendering run on all cores although JBake keeps static state: a parallel build must write exactly
 * the same bytes as a single-threaded one.
 */
class ParallelBuildTest {

    @Test
    void parallelAndSingleThreadedBuildsOfTheBasicFixtureAreByteIdentical(@TempDir Path temp) throws Exception {
        assertSameOutput(FixtureSitesTest.SITES.resolve("basic"), temp);
    }

    @Test
    void parallelAndSingleThreadedBuildsOfAGeneratedCorpusAreByteIdentical(@TempDir Path temp) throws Exception {
        new CorpusGenerator(Path.of("."), 300).write(temp.resolve("corpus"));
        assertSameOutput(temp.resolve("corpus/kb"), temp);
    }

    private static void assertSameOutput(Path site, Path temp) throws Exception {
        BuildResult parallel = new SiteBuilder().build(BuildOptions.production(site, temp.resolve("parallel")));
        BuildResult single = new SiteBuilder().build(
                BuildOptions.production(site, temp.resolve("single")).singleThreaded());
        assertTrue(parallel.published(), () -> "problems: " + parallel.report().problems());
        assertTrue(single.published(), () -> "problems: " + single.report().problems());
        Map<String, String> expected = AtomicOutputTest.snapshot(temp.resolve("single"));
        assertTrue(expected.size() > 5, "the build wrote too few files to compare: " + expected.keySet());
        assertEquals(expected, AtomicOutputTest.snapshot(temp.resolve("parallel")));
    }
}
