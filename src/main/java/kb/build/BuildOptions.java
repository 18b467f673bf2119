package kb.build;

import java.nio.file.Path;

/**
 * What to build: the site folder (holding {@code jbake.properties}, {@code content/}, {@code templates/},
 * {@code assets/}), the output folder, whether drafts are included (preview only), and whether parsing and
 * rendering may use all cores. Parallel and single-threaded builds write byte-identical sites (tested); the
 * single-threaded mode exists to prove that and to profile. {@code -Dkb.parallel=false} switches the default off.
 */
public record BuildOptions(Path source, Path destination, boolean includeDrafts, boolean parallel) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        destination = destination.toAbsolutePath().normalize();
    }

    public BuildOptions(Path source, Path destination, boolean includeDrafts) {
        this(source, destination, includeDrafts, Boolean.parseBoolean(System.getProperty("kb.parallel", "true")));
    }

    public static BuildOptions production(Path source, Path destination) {
        return new BuildOptions(source, destination, false);
    }

    /** The same build on one thread. */
    public BuildOptions singleThreaded() {
        return new BuildOptions(source, destination, includeDrafts, false);
    }
}
