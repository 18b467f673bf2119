package kb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The output folder, written safely: a build writes into a fresh staging folder beside it and the staging folder
 * replaces the output only when the build succeeded. A failed build leaves the previous site as it was, and pages
 * removed from the content never linger. A lock file keeps two builds from writing at once.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path destination;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private OutputFolder(Path destination, FileChannel lockChannel, FileLock lock) {
        this.destination = destination;
        this.staging = destination.resolveSibling("." + destination.getFileName() + ".staging");
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Takes the lock for {@code destination}, or throws {@link LockedException} if another build holds it. */
    public static OutputFolder open(Path destination) throws LockedException {
        Path target = destination.toAbsolutePath().normalize();
        Path lockFile = target.resolveSibling("." + target.getFileName() + ".lock");
        try {
            Files.createDirectories(target.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new LockedException(lockFile);
            }
            OutputFolder folder = new OutputFolder(target, channel, lock);
            deleteTree(folder.staging);
            Files.createDirectories(folder.staging);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output folder " + target + ": " + e.getMessage(), e);
        }
    }

    /** Where this build writes. */
    public Path staging() {
        return staging;
    }

    public Path destination() {
        return destination;
    }

    /** Replaces the output folder with the staging folder. */
    public void publish() throws IOException {
        Path old = destination.resolveSibling("." + destination.getFileName() + ".old");
        deleteTree(old);
        if (Files.exists(destination)) {
            Files.move(destination, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Throws the staging folder away; the output folder is untouched. */
    public void discard() throws IOException {
        deleteTree(staging);
    }

    @Override
    public void close() throws IOException {
        try {
            discard();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** Deletes a folder and everything in it; does nothing if it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /** Another build is writing the same output folder. */
    public static final class LockedException extends Exception {
        public LockedException(Path lockFile) {
            super("another build is already writing this site (lock " + lockFile + "); wait for it to finish and try again");
        }
    }
}
