package kb.serve;

import java.nio.file.Path;
import java.util.Set;
import kb.report.Problem;
import kb.report.Rules;

/**
 * The problem a preview shows when a rebuild stopped on something the build does not report itself (a bug, or a
 * page some library cannot cope with): at the file the writer just saved, since undoing that edit brings the
 * preview back.
 */
final class RebuildFailure {

    private RebuildFailure() {
    }

    static Problem problem(Set<Path> changed, Path source) {
        Path root = source.toAbsolutePath().normalize();
        String file = changed.stream().map(path -> path.toAbsolutePath().normalize())
                .filter(path -> path.startsWith(root)).map(path -> root.relativize(path).toString().replace('\\', '/'))
                .sorted().findFirst().orElse(".");
        return Problem.error(Rules.PREVIEW_REBUILD_FAILED, file, 0, 0,
                "the preview could not be rebuilt after this file was saved: the build stopped unexpectedly, so"
                        + " the pages shown may be out of date",
                Rules.PREVIEW_REBUILD_FAILED.hint());
    }
}
