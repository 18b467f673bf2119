package kb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import org.junit.jupiter.api.Test;

/** Failures outside the content, told plainly: the path, the system's reason in words, what to do; no class name. */
class FileFailureTest {

    private static final Path PAGE = Path.of("/srv/out/.site.staging/injuries/knee/index.html");

    private static String described(Throwable failure) {
        String message = FileFailure.describe(failure);
        assertFalse(message.contains("Exception") || message.contains("java."), "no Java class name: " + message);
        return message;
    }

    @Test
    void aWriteThatHitsAFullDiskSaysNoSpaceLeftWithThePathAndWhatToDo() {
        // What FileChannel.write throws on ENOSPC: the OS's words as the whole message, no path.
        String message = described(new FileFailure("write", PAGE, new IOException("No space left on device")));
        assertEquals("cannot write " + PAGE + ": no space left on device. Free some space on that disk (or build into"
                + " a folder on another disk) and run the command again", message);
    }

    @Test
    void aFolderThatCannotBeCreatedOnAFullDiskSaysNoSpaceLeft() {
        FileSystemException full = new FileSystemException(PAGE.getParent().toString(), null, "No space left on device");
        assertTrue(described(new UncheckedIOException(full)).startsWith("cannot use " + PAGE.getParent()
                + ": no space left on device."));
    }

    @Test
    void aDiskQuotaCountsAsAFullDisk() {
        assertEquals(FileFailure.Kind.DISK_FULL,
                FileFailure.kindOf(new FileSystemException("/x", null, "Disk quota exceeded")));
    }

    @Test
    void aReadOnlyDiskNamesTheFolderTheSystemRefused() {
        Path lock = Path.of("/srv/out/.site.lock");
        FileSystemException readOnly = new FileSystemException(lock.toString(), null, "Read-only file system");
        String message = described(new FileFailure("prepare the output folder", Path.of("/srv/out/site"), readOnly));
        assertEquals("cannot prepare the output folder /srv/out/site: the folder /srv/out is on a read-only disk."
                + " Build into a folder on a disk you can write to, or make that disk writable, and run the command"
                + " again", message);
    }

    @Test
    void aReadOnlyFileSystemOfJavasOwnIsAReadOnlyDisk() {
        String message = described(new RuntimeException(new ReadOnlyFileSystemException()));
        assertTrue(message.contains("read-only disk"), message);
    }

    @Test
    void aFolderWithoutWritePermissionSaysPermissionDeniedAndWhichFolder() {
        AccessDeniedException denied = new AccessDeniedException("/srv/out/.site.staging");
        String message = described(new FileFailure("prepare the output folder", Path.of("/srv/out/site"), denied));
        assertEquals("cannot prepare the output folder /srv/out/site: permission denied (your user may not change the"
                + " folder /srv/out). Make the folder writable for your user, or build into another folder, and run"
                + " the command again", message);
    }

    @Test
    void aFailureInsideAParallelStreamIsFoundThroughItsCauses() {
        // ForkJoin rethrows a copy of the task's exception with the original as its cause.
        RuntimeException copy = new UncheckedIOException(
                new FileFailure("write", PAGE, new IOException("No space left on device")).getMessage(),
                new IOException(new FileFailure("write", PAGE, new IOException("No space left on device"))));
        assertTrue(described(copy).startsWith("cannot write " + PAGE + ": no space left on device."));
    }

    @Test
    void anOtherReasonIsGivenInTheSystemsWordsWithoutThePath() {
        FileSystemException io = new FileSystemException(PAGE.toString(), null, "Input/output error");
        assertTrue(described(new FileFailure("write", PAGE, io))
                .startsWith("cannot write " + PAGE + ": input/output error. Check the disk"));
        assertEquals("the file does not exist", FileFailure.reason(new NoSuchFileException("/x")));
        assertEquals("the system gave no reason", FileFailure.reason(new IOException()));
    }

    @Test
    void aFailureWithoutAnInputOutputCauseIsNotDescribed() {
        assertNull(FileFailure.describe(new IllegalStateException("bug")));
    }
}
