package kb.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture site and the shared fixture templates into a temporary folder, for tests that edit a site. */
public final class FixtureCopy {

    private static final Path SITES = Path.of("src/test/resources/sites");

    private FixtureCopy() {
    }

    /** Copies fixture {@code name} to {@code root/name} (and {@code _templates}, {@code _types} beside it); returns the copy. */
    public static Path of(String name, Path root) throws IOException {
        copyTree(SITES.resolve("_templates"), root.resolve("_templates"));
        copyTree(SITES.resolve("_types"), root.resolve("_types"));
        Path site = root.resolve(name);
        copyTree(SITES.resolve(name), site);
        // The basic fixture reaches the repository's templates and assets by relative path; a copy needs them absolute.
        Path properties = site.resolve("jbake.properties");
        String repository = Path.of("").toAbsolutePath().toString().replace('\\', '/') + "/";
        Files.writeString(properties, Files.readString(properties).replace("../../../../../", repository));
        return site;
    }

    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
