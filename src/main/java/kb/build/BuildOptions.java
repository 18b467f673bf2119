package kb.build;

import java.nio.file.Path;

/**
 * What to build: the site folder (holding {@code jbake.properties}, {@code content/}, {@code templates/},
 * {@code assets/}), the output folder, whether drafts are included (preview only), and whether the site is
 * published even when the build found errors (the live preview only: it shows the problems on the pages instead
 * of keeping an old site).
 */
public record BuildOptions(Path source, Path destination, boolean includeDrafts, boolean publishOnErrors) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        destination = destination.toAbsolutePath().normalize();
    }

    public BuildOptions(Path source, Path destination, boolean includeDrafts) {
        this(source, destination, includeDrafts, false);
    }

    /** The live preview's build: drafts included, published whatever the problems. */
    public static BuildOptions preview(Path source, Path destination) {
        return new BuildOptions(source, destination, true, true);
    }

    public static BuildOptions production(Path source, Path destination) {
        return new BuildOptions(source, destination, false);
    }
}
