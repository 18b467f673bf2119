package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kb.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository's own site builds with no errors. */
class RealSiteTest {

    @Test
    void realSiteBuildsWithoutErrors(@TempDir Path temp) throws Exception {
        BuildResult result = new SiteBuilder().build(BuildOptions.production(Path.of("."), temp.resolve("site")));
        assertEquals("", String.join("\n", result.report().problems().stream().filter(Problem::isError)
                .map(Problem::toString).toList()));
        assertTrue(result.published());
    }
}
