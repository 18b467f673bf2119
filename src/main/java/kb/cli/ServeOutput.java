package kb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import kb.build.BuildResult;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.serve.Preview;

/** What {@code kb serve} prints after each build of the preview: the problems, then one line with the time taken. */
final class ServeOutput implements Preview.Listener {

    private final Path source;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean verbose;
    private final boolean timings;

    ServeOutput(Path source, PrintStream out, PrintStream err, boolean verbose, boolean timings) {
        this.source = source.toAbsolutePath().normalize();
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.timings = timings;
    }

    @Override
    public synchronized void built(BuildResult result, long millis, Set<Path> changed) {
        for (Problem problem : result.report().problems()) {
            err.println(problem);
        }
        int pages = result.pagesPerType().values().stream().mapToInt(Integer::intValue).sum();
        out.printf(Locale.ROOT, "%s in %d ms%s: %d pages, %s%s%n",
                changed.isEmpty() ? "Built the preview" : "Rebuilt", millis, names(changed), pages,
                result.report().summary(),
                result.report().hasErrors() ? " (shown on the pages; the production build would fail)" : "");
        if (timings) {
            out.println("  timings: " + Main.timings(result));
        }
    }

    @Override
    public synchronized void failed(Throwable error, Set<Path> changed) {
        // A file-system failure and our own exceptions carry a message written for the editor; anything else is
        // described, not named.
        String failure = FileFailure.describe(error);
        String what = failure != null ? failure : error instanceof Exception && error.getMessage() != null
                ? error.getMessage() : "the build stopped unexpectedly";
        err.println("error: the preview could not be rebuilt after" + names(changed) + ": " + what);
        if (verbose) {
            error.printStackTrace(err);
        } else {
            err.println("the last preview is still served; fix the problem and save again (--verbose shows where)");
        }
    }

    private String names(Set<Path> changed) {
        if (changed.isEmpty()) {
            return "";
        }
        String names = changed.stream().limit(3).map(this::display).collect(Collectors.joining(", "));
        return " (" + names + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "") + ")";
    }

    private String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(source) ? source.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
