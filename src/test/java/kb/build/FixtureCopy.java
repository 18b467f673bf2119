package kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture site (and the shared fixture templates) into a temporary folder, for tests that edit it. */
public final class FixtureCopy {

    private FixtureCopy() {
    }

    /** Copies fixture {@code name} into {@code root} and returns the copy's site folder. */
    public static Path of(String name, Path root) throws IOException {
        Path copy = root.resolve(name);
        copyTree(FixtureSitesTest.SITES.resolve(name), copy);
        copyTree(FixtureSitesTest.SITES.resolve("_templates"), root.resolve("_templates"));
        // The basic fixture reaches the repository's templates and assets by relative path; a copy needs them absolute.
        Path properties = copy.resolve("jbake.properties");
        String repository = Path.of("").toAbsolutePath().toString().replace('\\', '/') + "/";
        Files.writeString(properties, Files.readString(properties).replace("../../../../../", repository));
        return copy;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
