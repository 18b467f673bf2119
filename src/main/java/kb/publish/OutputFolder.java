package kb.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
 *
 * <p>A real folder cannot be replaced by another in one step from Java (Linux's {@code renameat2} exchange and
 * macOS's {@code renamex_np} swap are out of its reach), so the two moves leave a moment, microseconds long, without
 * a site. Where that matters (a web server serving the output while it is rebuilt), the output can be a symbolic
 * link ({@code kb build --link}): each build is published as a new folder {@code .<name>.v<N>} beside it, and a new
 * link made beside the old one is renamed over it, which POSIX makes atomic: a reader finds the old site or the
 * new one, never none. A build deletes all versions but the two newest before it publishes its own (so at most
 * three are on disk): a reader that followed the link just before a publish keeps its version for a build more. An output that is a link stays one. Where
 * links cannot be made (Windows without the privilege), the two moves are used and the result says so. A link is
 * not the default: {@code cp -r}, {@code tar} and {@code find} without a trailing slash, and Java's
 * {@code Files.walk}, see the link and not the site, and would copy or list nothing.
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

    /** How {@link #publish} put the new site in place. */
    public enum Swap {
        /** Two moves: old folder aside, new one in (a moment without a site). */
        MOVED,
        /** The link was replaced by a new one in one rename: no moment without a site. */
        LINKED,
        /** A real folder was replaced by a link, once (with the two moves' moment); later publishes are atomic. */
        MIGRATED_TO_LINK,
        /** A link was wanted but this system cannot make one; two moves were used. */
        MOVED_NO_LINKS,
        /** A preview rebuild wrote into the output in place. */
        IN_PLACE
    }

    /**
     * Replaces the output with the staging folder: by an atomic swap of a symbolic link if {@code asLink} or if the
     * output already is a link, else by two moves. The replaced site is kept until the next build.
     */
    public Swap publish(boolean asLink) throws IOException {
        if (!staged) {
            throw new IllegalStateException("an in-place output folder has nothing to publish");
        }
        awaitCleaner();
        deletePrevious(); // only if the background deletion failed
        if (!asLink && !Files.isSymbolicLink(destination)) {
            moveIn();
            return Swap.MOVED;
        }
        Path version = nextVersion();
        Path link = destination.resolveSibling("." + destination.getFileName() + ".link");
        Files.deleteIfExists(link);
        try {
            // Relative, so the folder holding the output can be moved or mounted elsewhere.
            Files.createSymbolicLink(link, version.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            moveIn();
            return Swap.MOVED_NO_LINKS;
        }
        Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
        if (Files.isSymbolicLink(destination) || !Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            // rename(2) over an existing link replaces it atomically.
            Files.move(link, destination, StandardCopyOption.ATOMIC_MOVE);
            return Swap.LINKED;
        }
        // The output is still a real folder: it is moved aside once, like the two moves.
        Files.move(destination, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.move(link, destination, StandardCopyOption.ATOMIC_MOVE);
        return Swap.MIGRATED_TO_LINK;
    }

    private void moveIn() throws IOException {
        if (Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(destination, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code .<name>.v<N>}, one more than the highest version beside the output. */
    private Path nextVersion() throws IOException {
        long highest = 0;
        for (Path version : versions()) {
            highest = Math.max(highest, versionNumber(version));
        }
        return destination.resolveSibling(versionPrefix() + (highest + 1));
    }

    private long versionNumber(Path version) {
        return Long.parseLong(version.getFileName().toString().substring(versionPrefix().length()));
    }

    private String versionPrefix() {
        return "." + destination.getFileName() + ".v";
    }

    /** The published versions beside the output ({@code .<name>.v<N>}). */
    private List<Path> versions() throws IOException {
        String prefix = versionPrefix();
        try (Stream<Path> siblings = Files.list(destination.getParent())) {
            return siblings.filter(path -> {
                String name = path.getFileName().toString();
                return name.startsWith(prefix) && name.length() > prefix.length()
                        && name.substring(prefix.length()).chars().allMatch(Character::isDigit);
            }).toList();
        }
    }

    /**
     * Deletes replaced sites: {@code .<name>.previous}, and every version but the two newest: the published one and
     * the one it replaced, which a reader that followed the old link a moment ago may still be reading.
     */
    private void deletePrevious() {
        try {
            deleteTree(previous);
            List<Path> versions = new ArrayList<>(versions());
            versions.sort(Comparator.comparingLong(this::versionNumber));
            for (Path version : versions.subList(0, Math.max(0, versions.size() - 2))) {
                deleteTree(version);
            }
        } catch (IOException | UncheckedIOException e) {
            // The next build tries again; a version left over takes only disk space.
        }
    }

    /** Deletes an output written by a build: the folder, or the link and the versions beside it. */
    public static void deleteOutput(Path destination) throws IOException {
        Path target = destination.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            Path version = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
            Files.delete(target);
            deleteTree(version);
        } else {
            deleteTree(target);
        }
        deleteTree(target.resolveSibling("." + target.getFileName() + ".previous"));
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
