package kb.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.Locale;

/**
 * A file operation the computer refused (disk full, read-only disk, no permission), as opposed to a mistake in the
 * content. Code that reads or writes a file it must have wraps the {@link IOException} in one, naming what it was
 * doing and the path; {@link #describe(Throwable)} turns it, or any failure caused by an I/O error, into one plain
 * sentence: the path, the system's reason in words, and what to do. The CLI prints that and exits 2.
 */
public final class FileFailure extends UncheckedIOException {

    /** What the system said, sorted by what the reader can do about it. */
    enum Kind { DISK_FULL, READ_ONLY, DENIED, MISSING, NOT_A_FOLDER, OTHER }

    private final String action;
    private final transient Path path;

    /**
     * @param action what was being done, as a verb phrase that takes the path: {@code "write"}, {@code "read"},
     *               {@code "create the folder"}, {@code "replace the site at"}
     */
    public FileFailure(String action, Path path, IOException cause) {
        super("cannot " + action + " " + path, cause);
        this.action = action;
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /**
     * The plain message for {@code failure} if an I/O error caused it (anywhere in its chain of causes), or null if
     * none did. Never a Java class name: the system's own reason is given in words.
     */
    public static String describe(Throwable failure) {
        FileFailure context = null;
        Throwable cause = null;
        for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof FileFailure f && context == null) {
                context = f;
            }
            if (t instanceof IOException || t instanceof ReadOnlyFileSystemException) {
                cause = t; // the innermost one carries the system's own reason
            }
        }
        if (cause == null && context == null) {
            return null;
        }
        if (cause == null) {
            cause = context.getCause();
        }
        Path path = context != null ? context.path : cause instanceof FileSystemException fs && fs.getFile() != null
                ? Path.of(fs.getFile()) : null;
        String doing = context != null ? context.action + " " + path : path != null ? "use " + path : "use a file";
        // The folder named is the one the system refused to change: where the failing file is (the lock file, a
        // page), known from the system's own error when it names a file, else from what was being done.
        Path failing = cause instanceof FileSystemException fs && fs.getFile() != null ? Path.of(fs.getFile()) : path;
        Path folder = failing == null ? null : failing.getParent();
        String inFolder = folder == null ? "" : " " + folder;
        return switch (kindOf(cause)) {
            case DISK_FULL -> "cannot " + doing + ": no space left on device. Free some space on that disk (or build"
                    + " into a folder on another disk) and run the command again";
            case READ_ONLY -> "cannot " + doing + ": the folder" + inFolder + " is on a read-only disk. Build into a"
                    + " folder on a disk you can write to, or make that disk writable, and run the command again";
            case DENIED -> "cannot " + doing + ": permission denied (your user may not change the folder" + inFolder
                    + "). Make the folder writable for your user, or build into another folder, and run the command"
                    + " again";
            case MISSING -> "cannot " + doing + ": it does not exist (was it deleted or moved while the command"
                    + " ran?). Run the command again";
            case NOT_A_FOLDER -> "cannot " + doing + ": " + (failing == null ? "a file" : failing) + " is a file where"
                    + " a folder should be. Move or rename that file, or build into another folder";
            case OTHER -> "cannot " + doing + ": " + reasonOf(cause) + ". Check the disk and the folder's"
                    + " permissions, then run the command again";
        };
    }

    /** The system's reason in words, e.g. "no space left on device"; for problem messages about content files. */
    public static String reason(Throwable cause) {
        return switch (kindOf(cause)) {
            case DISK_FULL -> "no space left on device";
            case READ_ONLY -> "the disk is read-only";
            case DENIED -> "permission denied";
            case MISSING -> "the file does not exist";
            case NOT_A_FOLDER -> "a file stands where a folder should be";
            case OTHER -> reasonOf(cause);
        };
    }

    static Kind kindOf(Throwable cause) {
        String text = systemText(cause).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")
                || text.contains("disk is full")) {
            return Kind.DISK_FULL;
        }
        if (cause instanceof ReadOnlyFileSystemException || text.contains("read-only file system")) {
            return Kind.READ_ONLY;
        }
        if (cause instanceof AccessDeniedException || text.contains("permission denied")
                || text.contains("operation not permitted") || text.contains("access is denied")) {
            return Kind.DENIED;
        }
        if (cause instanceof NoSuchFileException) {
            return Kind.MISSING;
        }
        // createDirectories finds a file in the way; a path runs through a file.
        if (cause instanceof FileAlreadyExistsException || cause instanceof NotDirectoryException
                || text.contains("not a directory")) {
            return Kind.NOT_A_FOLDER;
        }
        return Kind.OTHER;
    }

    /** The reason as the system gave it, lower-case and without the path Java puts in front. */
    private static String reasonOf(Throwable cause) {
        String text = systemText(cause);
        if (text.isBlank()) {
            return "the system gave no reason";
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    /**
     * The system's text: a {@link FileSystemException} keeps it apart from the path ({@code getReason()}); a
     * stream's {@link IOException} (a write that hit a full disk) has it as its whole message.
     */
    private static String systemText(Throwable cause) {
        if (cause instanceof FileSystemException fs) {
            return fs.getReason() == null ? "" : fs.getReason();
        }
        if (cause instanceof ReadOnlyFileSystemException) {
            return "read-only file system";
        }
        return cause.getMessage() == null ? "" : cause.getMessage();
    }
}
