package kb.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content in one step: the content goes to a new file in the same folder, which is then moved over
 * the old one. A build stopped half-way leaves the old file (and at most a {@code .partial} file beside it), and
 * two threads or processes writing the same file each move a complete file into place.
 */
public final class WholeFile {

    private WholeFile() {
    }

    /** Writes {@code text} as UTF-8; see {@link #write(Path, byte[])}. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to {@code file}, creating its folder if needed. A file that was there keeps its
     * permissions, as it would if it were written in place; a new one gets those of any new file (the user's umask),
     * never {@code Files.createTempFile}'s owner-only ones: a bibliography rewritten by {@code kb refs}, or a share
     * image linked into the site, stays readable by whoever could read it before. On a file system that cannot move
     * atomically the move is a plain replace. On failure nothing is left behind but the old file.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Unique to this process and thread, so concurrent writers never share a partial file.
        Path partial = folder.resolve("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".partial");
        try {
            Files.write(partial, content);
            if (Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, Files.getPosixFilePermissions(file));
            }
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        }
    }
}
