package kb.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheContentAndLeavesNothingBeside() throws IOException {
        Path file = folder.resolve("bibliography.yaml");
        Files.writeString(file, "old");
        WholeFile.write(file, "new: ü");
        assertEquals("new: ü", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void createsTheFolders() throws IOException {
        Path file = folder.resolve("a/b/card.png");
        WholeFile.write(file, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
    }

    /** Files.createTempFile makes files only their owner can read; a new cache file must not become one. */
    @Test
    void aNewFileIsReadableAsAnyNewFileIs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("card.png");
        Path plain = folder.resolve("plain.txt");
        Files.writeString(plain, "any new file");
        WholeFile.write(file, "new");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /** As when a file is written in place: an editor's bibliography shared with a group stays shared. */
    @Test
    void aRewrittenFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("bibliography.yaml");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        WholeFile.write(file, "new");
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoPartialFile() throws IOException {
        Path file = folder.resolve("cache");
        Files.createDirectory(file);
        Files.writeString(file.resolve("inside"), "a folder cannot be replaced by a file");
        assertThrows(IOException.class, () -> WholeFile.write(file, "new"));
        assertEquals("a folder cannot be replaced by a file", Files.readString(file.resolve("inside")));
        assertEquals(List.of(file), list(folder));
    }

    @Test
    void concurrentWritersEachMoveAWholeFileIntoPlace() throws Exception {
        Path file = folder.resolve("card.png");
        byte[] a = new byte[200_000];
        byte[] b = new byte[200_000];
        java.util.Arrays.fill(a, (byte) 'a');
        java.util.Arrays.fill(b, (byte) 'b');
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writes = IntStream.range(0, 40).<Callable<Void>>mapToObj(i -> () -> {
                WholeFile.write(file, i % 2 == 0 ? a : b);
                byte[] read = Files.readAllBytes(file);
                if (!java.util.Arrays.equals(read, a) && !java.util.Arrays.equals(read, b)) {
                    throw new AssertionError("read a mixed or partial file of " + read.length + " bytes");
                }
                return null;
            }).toList();
            for (Future<Void> write : threads.invokeAll(writes)) {
                write.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(List.of(file), list(folder));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
