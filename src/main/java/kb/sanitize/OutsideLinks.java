package kb.sanitize;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kb.report.Problem;

/**
 * Symbolic links inside the site folder that lead out of it. JBake copies what a link points to, so a link such
 * as {@code content/notes.txt -> /etc/passwd} would publish a file from the build machine.
 */
public final class OutsideLinks {

    private OutsideLinks() {
    }

    /** One error per symbolic link under {@code folders} whose target lies outside {@code site}. */
    public static List<Problem> find(Path site, List<Path> folders) {
        List<Problem> problems = new ArrayList<>();
        Path root = realPath(site);
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                    Path target = outsideTarget(path, root);
                    if (target != null) {
                        String name = root.relativize(realPath(path.getParent()).resolve(path.getFileName()))
                                .toString().replace(File.separatorChar, '/');
                        problems.add(Problem.error("file/outside-link", name, 0, 0,
                                "symbolic link to " + target + " leads outside the site folder",
                                "copy the file into the site instead of linking to it: the build would publish"
                                        + " whatever the link points to"));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
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
            // A broken link publishes nothing; JBake's copy reports it.
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
