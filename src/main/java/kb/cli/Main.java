package kb.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.build.ConfigException;
import kb.build.OutputFolder;
import kb.build.SiteBuilder;
import kb.report.Problem;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** {@code kb build [site] [output] [--drafts] [--strict] [--timings] [--verbose]}. */
public final class Main {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: kb build [site-folder] [output-folder] [--drafts] [--strict] [--timings] [--verbose]",
            "  build    build and validate the site (default: . into target/site)",
            "  --drafts   include pages marked draft: true (for previews only)",
            "  --strict   fail on warnings too",
            "  --timings  print how long each stage took",
            "  --verbose  print stack traces of unexpected errors");

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(new Main(System.out, System.err).run(args));
    }

    /** Runs a command and returns the exit code. */
    public int run(String... args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            return switch (arguments.command()) {
                case "build" -> build(arguments);
                case "help", "--help", "-h" -> {
                    out.println(USAGE_TEXT);
                    yield OK;
                }
                default -> {
                    err.println("error: unknown command \"" + arguments.command() + "\"");
                    err.println(USAGE_TEXT);
                    yield USAGE;
                }
            };
        } catch (ConfigException | OutputFolder.LockedException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            err.println("error: the build stopped unexpectedly: " + e);
            if (arguments.verbose()) {
                e.printStackTrace(err);
            } else {
                err.println("run again with --verbose to see where");
            }
            return PROBLEMS;
        }
    }

    private int build(Arguments arguments) throws ConfigException, OutputFolder.LockedException {
        Path source = Path.of(arguments.positional(0, "."));
        Path destination = arguments.positional(1, null) != null ? Path.of(arguments.positional(1, null))
                : source.resolve("target/site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(source, destination, arguments.has("--drafts")));
        for (Problem problem : result.report().problems()) {
            err.println(problem);
        }
        boolean failed = result.report().fails(arguments.has("--strict"));
        if (arguments.has("--timings")) {
            out.println("timings: " + result.timings().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
        }
        if (!result.published() || failed) {
            err.println("Build failed: " + result.report().summary() + ". "
                    + (result.published() ? "The site was written to " + destination + ", but --strict treats warnings as errors."
                       : "The previous site in " + destination + " was left as it was."));
            return PROBLEMS;
        }
        out.printf(Locale.ROOT, "Built %d pages (%s), %d files, into %s in %.2f s (validation %.2f s); %s.%n",
                result.pagesPerType().values().stream().mapToInt(Integer::intValue).sum(),
                perType(result.pagesPerType()), result.filesWritten(), destination,
                result.totalMillis() / 1000.0, result.timings().getOrDefault("validate", 0L) / 1000.0,
                result.report().summary());
        return OK;
    }

    private static String perType(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n));
        return String.join(", ", parts);
    }
}
