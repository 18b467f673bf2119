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
import kb.report.FileFailure;

/**
 * The output folder, written safely: a build writes into a fresh staging folder beside it and the staging folder
 * replaces the output only when the build succeeded. A failed build leaves the previous site as it was, and pages
 * removed from the content never linger. A lock file keeps two builds from writing at once.
 *
 * <p>The replaced site is moved aside to {@code .<name>.previous} and deleted by the next build on a background
 * thread while it parses and renders: deleting thousands of files takes about as long as writing them, and nobody
 * should wait for it.
 */
public final class OutputFolder implements AutoCloseable {

    private final Path destination;
    private final Path staging;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path previous;
    private final boolean staged;
    private final Thread cleaner;

    private OutputFolder(Path destination, FileChannel lockChannel, FileLock lock, boolean staged) {
        this.destination = destination;
        this.staging = destination.resolveSibling("." + destination.getFileName() + ".staging");
        this.previous = destination.resolveSibling("." + destination.getFileName() + ".previous");
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.staged = staged;
        this.cleaner = staged ? new Thread(this::deletePrevious, "delete " + previous.getFileName()) : null;
        if (cleaner != null) {
            cleaner.setDaemon(true);
            cleaner.start();
        }
    }

    /**
     * Takes the lock for {@code destination} and prepares an empty staging folder, or throws
     * {@link LockedException} if another build holds the lock.
     */
    public static OutputFolder open(Path destination) throws LockedException {
        return open(destination, true);
    }

    /**
     * Takes the lock for {@code destination} to update it in place (a preview rebuild): no staging folder, and
     * the previous site is left for the next full build to delete.
     */
    public static OutputFolder openInPlace(Path destination) throws LockedException {
        return open(destination, false);
    }

    private static OutputFolder open(Path destination, boolean staged) throws LockedException {
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
            OutputFolder folder = new OutputFolder(target, channel, lock, staged);
            if (staged) {
                deleteTree(folder.staging);
                Files.createDirectories(folder.staging);
            }
            return folder;
        } catch (IOException e) {
            throw new FileFailure("prepare the output folder", target, e);
        }
    }

    /** Where this build writes. */
    public Path staging() {
        return staging;
    }

    public Path destination() {
        return destination;
    }

    /** Replaces the output folder with the staging folder; the replaced site is kept aside until the next build. */
    public void publish() throws IOException {
        if (!staged) {
            throw new IllegalStateException("an in-place output folder has nothing to publish");
        }
        awaitCleaner();
        deleteTree(previous); // only if the background deletion failed
        if (Files.exists(destination)) {
            Files.move(destination, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    private void deletePrevious() {
        try {
            deleteTree(previous);
        } catch (IOException | UncheckedIOException e) {
            // publish() tries again and reports the failure.
        }
    }

    private void awaitCleaner() throws IOException {
        if (cleaner == null) {
            return;
        }
        try {
            cleaner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while deleting " + previous, e);
        }
    }

    /** Throws the staging folder away; the output folder is untouched. */
    public void discard() throws IOException {
        if (staged) {
            deleteTree(staging);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            awaitCleaner();
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
