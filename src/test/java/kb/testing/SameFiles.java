package kb.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Asserts that two built sites hold the same files, byte for byte: the same build made another way or again. */
public final class SameFiles {

    private SameFiles() {
    }

    /** The same relative file names under both folders, and the same bytes in each file (named when it differs). */
    public static void assertSameFiles(Path expected, Path actual) throws IOException {
        List<String> files = files(expected);
        assertEquals(files, files(actual), "the same files");
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)),
                    file + " differs");
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> root.relativize(file).toString()
                    .replace(File.separatorChar, '/')).sorted().toList();
        }
    }
}
