package kb.sanitize;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Symbolic links inside the site folder that lead out of it. Copying a file copies what a link points to, so a link
 * such as {@code assets/notes.css -> /etc/passwd} would publish a file from the build machine; such a link is
 * reported and left out, and everything else is still read and published.
 */
public final class OutsideLinks {

    private OutsideLinks() {
    }


    /**
     * The error for {@code path} when it is a symbolic link whose target lies outside {@code site}, or null. The
     * link is named by its place in the site folder (its folder's real path), so a site reached through a link of
     * its own is named the same way.
     */
    public static Problem problem(Path path, Path site) {
        if (!Files.isSymbolicLink(path)) {
            return null; // the common case, without resolving the site's real path
        }
        Path root = realPath(site);
        Path target = outsideTarget(path, root);
        if (target == null) {
            return null;
        }
        String name = root.relativize(realPath(path.getParent()).resolve(path.getFileName()))
                .toString().replace(File.separatorChar, '/');
        return Problem.error(Rules.FILE_OUTSIDE_LINK, name, 0, 0,
                "symbolic link to " + target + " leads outside the site folder",
                "copy the file into the site instead of linking to it: the build would publish"
                        + " whatever the link points to");
    }

    /** True if {@code file} is a symbolic link whose target lies outside {@code site}. */
    public static boolean leadsOutside(Path file, Path site) {
        return outsideTarget(file, realPath(site)) != null;
    }

    private static Path outsideTarget(Path path, Path root) {
        if (!Files.isSymbolicLink(path)) {
            return null;
        }
        try {
            Path target = path.toRealPath();
            return target.startsWith(root) ? null : target;
        } catch (IOException e) {
            // A broken link publishes nothing; the copy reports it.
            return null;
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
