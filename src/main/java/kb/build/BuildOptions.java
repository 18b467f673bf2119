package kb.build;

import java.nio.file.Path;

/**
 * What to build: the site folder (holding {@code jbake.properties}, {@code content/}, {@code templates/},
 * {@code assets/}), the output folder, and whether drafts are included (preview only).
 */
public record BuildOptions(Path source, Path destination, boolean includeDrafts) {

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        destination = destination.toAbsolutePath().normalize();
    }

    public static BuildOptions production(Path source, Path destination) {
        return new BuildOptions(source, destination, false);
    }
}
