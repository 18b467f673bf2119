package kb.build;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Builds a site for a test and fails the test, listing the problems, unless it was published. */
final class Publishing {

    private Publishing() {
    }

    static BuildResult publish(Path source, Path destination) throws Exception {
        BuildResult result = new SiteBuilder().build(BuildOptions.production(source, destination));
        assertTrue(result.published(), () -> "problems: " + result.report().problems());
        return result;
    }
}
