package kb.build;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What to build: the site folder (holding {@code jbake.properties}, {@code content/}, {@code templates/},
 * {@code assets/}), the output folder, whether drafts are included (preview only), whether external links are
 * checked online, whether {@code permalinks.txt} is rewritten after a successful build, the clock that decides
 * which reviews are due, whether the site is published even when the build found errors (the live preview
 * only: it shows the problems on the pages instead of keeping an old site), and whether parsing and rendering
 * may use all cores. Parallel and single-threaded builds write byte-identical sites (tested); the
 * single-threaded mode exists to prove that and to profile. {@code -Dkb.parallel=false} switches the default off.
 * {@code linkedOutput} makes the output a symbolic link to the published version, replaced atomically by each
 * publish (see {@link kb.publish.OutputFolder}); an output that already is such a link stays one without it.
 */
public record BuildOptions(Path source, Path destination, boolean includeDrafts, boolean online,
                           boolean updatePermalinks, Clock clock, boolean publishOnErrors, boolean parallel,
                           boolean linkedOutput) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        destination = destination.toAbsolutePath().normalize();
    }

    public BuildOptions(Path source, Path destination, boolean includeDrafts, boolean online,
                        boolean updatePermalinks, Clock clock, boolean publishOnErrors) {
        this(source, destination, includeDrafts, online, updatePermalinks, clock, publishOnErrors,
                Boolean.parseBoolean(System.getProperty("kb.parallel", "true")), false);
    }

    public BuildOptions(Path source, Path destination, boolean includeDrafts, boolean online,
                        boolean updatePermalinks, Clock clock) {
        this(source, destination, includeDrafts, online, updatePermalinks, clock, false);
    }

    public BuildOptions(Path source, Path destination, boolean includeDrafts) {
        this(source, destination, includeDrafts, false, false, Clock.systemUTC());
    }

    public static BuildOptions production(Path source, Path destination) {
        return new BuildOptions(source, destination, false);
    }

    /** The live preview's build: drafts included, published whatever the problems. */
    public static BuildOptions preview(Path source, Path destination) {
        return new BuildOptions(source, destination, true, false, false, Clock.systemUTC(), true);
    }

    /** The same build with another clock (tests pin "today"). */
    public BuildOptions withClock(Clock other) {
        return new BuildOptions(source, destination, includeDrafts, online, updatePermalinks, other, publishOnErrors,
                parallel, linkedOutput);
    }

    /** The same build on one thread. */
    public BuildOptions singleThreaded() {
        return new BuildOptions(source, destination, includeDrafts, online, updatePermalinks, clock, publishOnErrors,
                false, linkedOutput);
    }

    /** The same build, published as a symbolic link swapped atomically ({@code kb build --link}). */
    public BuildOptions linked() {
        return new BuildOptions(source, destination, includeDrafts, online, updatePermalinks, clock, publishOnErrors,
                parallel, true);
    }
}
