package kb.sharecard;

import java.awt.AWTError;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kb.files.WholeFile;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Rules;

/**
 * The share cards of one build, with their cache: {@code <cache>/<key>.png}, one file per card ever drawn, so a
 * page whose card shows the same values is linked (or copied) from the cache instead of drawn again. Safe to call
 * from the threads that render pages.
 *
 * <p>When this JVM cannot draw text (no font installed: Java2D fails while loading fonts), no card is written, the
 * pages keep the default share image, and {@link #problems()} holds one warning saying how to fix it. Once a draw
 * failed no other is tried; each page's tags name what {@link #write} answered for it.
 */
public final class ShareCards {

    private final Path cache;
    private final CardDrawer drawer;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger drawn = new AtomicInteger();
    private volatile Problem failure;

    /** Cards cached in {@code cache}, drawn by {@code drawer}. */
    public ShareCards(Path cache, CardDrawer drawer) {
        this.cache = cache;
        this.drawer = drawer;
    }

    /** Cards drawn by {@link CardPainter}, cached in {@code cache}. */
    public static ShareCards painted(Path cache) {
        return new ShareCards(cache, new CardPainter());
    }

    /** False when cards cannot be drawn on this machine: pages then use the default share image. */
    public boolean available() {
        return failure == null;
    }

    /**
     * Writes {@code card} as the PNG {@code file} (replacing it; never writing through an earlier link into the
     * cache). Returns false, writing nothing, when cards cannot be drawn here.
     */
    public boolean write(ShareCard card, Path file) {
        try {
            Files.createDirectories(file.getParent());
            // Never written through: the file may be a link into the cache from an earlier build.
            Files.deleteIfExists(file);
            for (int attempt = 0; ; attempt++) {
                Drawn drawn = cached(card);
                if (drawn == null) {
                    return false;
                }
                if (drawn.file() == null) {
                    Files.write(file, drawn.png());
                    return true;
                }
                try {
                    place(drawn.file(), file);
                    return true;
                } catch (NoSuchFileException e) {
                    // Pruned by another build of the same site in between: draw it again, once.
                    if (attempt > 0) {
                        throw e;
                    }
                }
            }
        } catch (IOException e) {
            throw new FileFailure("write", file, e);
        }
    }

    /** A card in the cache ({@code file}), or only in memory ({@code png}) when the cache cannot be written. */
    private record Drawn(Path file, byte[] png) {
    }

    /** A hard link to the cached card, or a copy where the file system has none (or the cache is elsewhere). */
    private static void place(Path source, Path file) throws IOException {
        try {
            Files.createLink(file, source);
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The card in the cache, drawn now if it is not there; null when cards cannot be drawn here. */
    private Drawn cached(ShareCard card) {
        if (failure != null) {
            return null;
        }
        String key = card.key();
        Path file = cache.resolve(key + ".png");
        used.add(key);
        if (Files.isRegularFile(file)) {
            return new Drawn(file, null);
        }
        byte[] png;
        try {
            png = drawer.draw(card);
        } catch (AWTError | LinkageError | InternalError | RuntimeException e) {
            // No fonts (or no font library) in this JVM: Java2D fails on the first text it measures or draws.
            // OutOfMemoryError and the like are not this, and are not caught.
            fail(e);
            return null;
        }
        drawn.incrementAndGet();
        try {
            // Two threads or builds drawing the same card (two pages with the same title and summary) never see a
            // half-written file.
            WholeFile.write(file, png);
            return new Drawn(file, null);
        } catch (IOException e) {
            // A read-only site folder: the card is written to the page all the same, only not kept for next time.
            return new Drawn(null, png);
        }
    }

    private synchronized void fail(Throwable cause) {
        if (failure != null) {
            return;
        }
        String reason = cause.getMessage() == null || cause.getMessage().isBlank() ? "no font could be loaded"
                : cause.getMessage().strip();
        failure = Problem.warning(Rules.SHARE_NO_FONTS, "share images", 0, 0,
                "cannot draw the pages' share images: Java found no font to draw text with (" + reason
                        + "); every page uses the default share image img/share.png",
                "install a font package on this machine (Debian/Ubuntu: apt-get install fonts-dejavu-core;"
                        + " Alpine: apk add font-dejavu; Fedora: dnf install dejavu-sans-fonts), then build again");
    }

    /** The one warning when cards could not be drawn; empty otherwise. */
    public List<Problem> problems() {
        Problem problem = failure;
        return problem == null ? List.of() : List.of(problem);
    }

    /** How many cards this build drew (not found in the cache). */
    public int drawn() {
        return drawn.get();
    }

    /**
     * Deletes the cached cards this build did not use (after a full build: a run of changes uses only the cards
     * of the pages it rendered).
     */
    public void prune() {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(cache)) {
            for (Path file : files) {
                // Only cards: a ".partial" file may be another build's card being written.
                String name = file.getFileName().toString();
                if (name.endsWith(".png") && !used.contains(name.substring(0, name.length() - ".png".length()))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // A cache that cannot be cleaned costs disk space, not a wrong site: the next build tries again.
        }
    }
}
