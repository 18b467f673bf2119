package kb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.build.ConfigException;
import kb.build.OutputFolder;
import kb.build.SiteBuilder;
import kb.report.JsonReport;
import kb.report.Problem;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code kb build [site] [output] [options]} and {@code kb check [site] [options]}; the problems are printed
 * sorted by file with a summary line, and written as JSON beside the output ({@code target/site-report.json}).
 */
public final class Main {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: kb build [site-folder] [output-folder] [options]",
            "       kb check [site-folder] [options]",
            "  build    build and validate the site (default: . into target/site)",
            "  check    validate only: build into a temporary folder, report, publish nothing",
            "  --drafts   include pages marked draft: true (for previews only)",
            "  --strict   fail on warnings too",
            "  --timings  print how long each stage took",
            "  --online   also request every external link (timeouts, 4 at a time, cached in target/)",
            "  --update-permalinks  after a successful build, rewrite permalinks.txt with every published URL",
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
                case "check" -> check(arguments);
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
        if (arguments.has("--update-permalinks") && arguments.has("--drafts")) {
            err.println("error: --update-permalinks cannot be combined with --drafts: drafts are not published");
            return USAGE;
        }
        Path source = Path.of(arguments.positional(0, "."));
        Path destination = arguments.positional(1, null) != null ? Path.of(arguments.positional(1, null))
                : source.resolve("target/site");
        BuildResult result = new SiteBuilder().build(options(arguments, source, destination, arguments.has("--update-permalinks")));
        Path json = destination.toAbsolutePath().resolveSibling(destination.toAbsolutePath().getFileName() + "-report.json");
        if (!report(arguments, result, json)) {
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

    /** Validates without publishing: builds into a temporary folder that is deleted afterwards. */
    private int check(Arguments arguments) throws ConfigException, OutputFolder.LockedException {
        Path source = Path.of(arguments.positional(0, "."));
        Path temporary;
        try {
            temporary = Files.createTempDirectory("kb-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            BuildResult result = new SiteBuilder().build(options(arguments, source, temporary.resolve("site"), false));
            boolean ok = report(arguments, result, source.resolve("target/site-report.json"));
            out.printf(Locale.ROOT, "Checked %d pages in %.2f s (validation %.2f s): %s.%n",
                    result.pagesPerType().values().stream().mapToInt(Integer::intValue).sum(),
                    result.totalMillis() / 1000.0, result.timings().getOrDefault("validate", 0L) / 1000.0,
                    result.report().summary());
            if (!ok) {
                err.println("Check failed: " + result.report().summary()
                        + (result.report().hasErrors() ? "." : "; --strict treats warnings as errors."));
            }
            return ok ? OK : PROBLEMS;
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static BuildOptions options(Arguments arguments, Path source, Path destination, boolean updatePermalinks) {
        return new BuildOptions(source, destination, arguments.has("--drafts"), arguments.has("--online"),
                updatePermalinks, Clock.systemUTC());
    }

    /** Prints the problems, writes the JSON report, and says whether the result passes. */
    private boolean report(Arguments arguments, BuildResult result, Path json) {
        for (Problem problem : result.report().problems()) {
            err.println(problem);
        }
        try {
            JsonReport.write(result.report(), json);
        } catch (IOException e) {
            err.println("warning: cannot write the JSON report " + json + ": " + e.getMessage());
        }
        if (arguments.has("--timings")) {
            out.println("timings: " + result.timings().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
        }
        return result.published() && !result.report().fails(arguments.has("--strict"));
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only a temporary folder; the system cleans it up.
        }
    }

    private static String perType(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n));
        return String.join(", ", parts);
    }
}
