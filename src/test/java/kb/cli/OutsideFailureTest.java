package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that the computer stops (full disk, read-only folder) exits 2 with one plain line naming the path and the
 * reason, never a Java class name. A real full or read-only disk needs a small file system of its own: these tests
 * mount one (tmpfs) where they may (root on Linux) and are skipped with a message elsewhere; the mapping of every
 * reason is unit-tested in {@code kb.report.FileFailureTest} with injected errors.
 */
class OutsideFailureTest {

    private static final Path SITE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path temp;

    private final List<Path> mounted = new ArrayList<>();

    private record Run(int exit, String err) {
    }

    private static Run build(Path output) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("build", SITE.toString(), output.toString());
        return new Run(exit, err.toString(StandardCharsets.UTF_8));
    }

    private static void assertPlain(Run run) {
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat ") || run.err().contains("--verbose"),
                "no Java class name, no stack trace:\n" + run.err());
    }

    @Test
    void aFullDiskSaysNoSpaceLeftOnDeviceAndExits2() throws Exception {
        Path disk = mountTmpfs("size=4k");
        Run run = build(disk.resolve("site"));
        assertPlain(run);
        assertTrue(run.err().startsWith("error: cannot write " + disk.resolve(".site.staging")), run.err());
        assertTrue(run.err().contains(": no space left on device. Free some space on that disk"), run.err());
        assertFalse(Files.exists(disk.resolve("site")), "nothing published");
    }

    @Test
    void aReadOnlyDiskSaysWhichFolderIsReadOnlyAndExits2() throws Exception {
        Path disk = mountTmpfs("size=1m");
        remountReadOnly(disk);
        Run run = build(disk.resolve("site"));
        assertPlain(run);
        assertTrue(run.err().contains("the folder " + disk + " is on a read-only disk"), run.err());
    }

    @Test
    void aFolderWithoutWritePermissionSaysPermissionDeniedAndExits2() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("locked"));
        assertTrue(folder.toFile().setWritable(false, false));
        try {
            Assumptions.assumeFalse(canCreateFileIn(folder), "skipped: this user can write into a folder without"
                    + " write permission (root ignores permissions); FileFailureTest covers the message");
            Run run = build(folder.resolve("site"));
            assertPlain(run);
            assertTrue(run.err().contains("permission denied (your user may not change the folder " + folder + ")"),
                    run.err());
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    private static boolean canCreateFileIn(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A small tmpfs at a new folder, or the test is skipped (mounting needs root on Linux). */
    private Path mountTmpfs(String options) throws Exception {
        Path point = Files.createDirectory(temp.resolve("disk" + mounted.size()));
        Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux")
                        && run("mount", "-t", "tmpfs", "-o", options, "tmpfs", point.toString()),
                "skipped: cannot mount a small tmpfs here (needs root on Linux); FileFailureTest covers the message");
        mounted.add(point);
        return point;
    }

    private static void remountReadOnly(Path point) throws Exception {
        assertTrue(run("mount", "-o", "remount,ro", point.toString()), "remount read-only");
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path point : mounted) {
            run("umount", point.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // no mount command
        }
    }
}
