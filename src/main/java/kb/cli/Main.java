package kb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.site.ConfigException;
import kb.publish.OutputFolder;
import kb.build.SiteBuilder;
import kb.site.SiteConfig;
import kb.content.ContentTypes;
import kb.content.Placeholder;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.RuleTable;
import kb.report.Rules;
import kb.refs.RefsException;
import kb.scaffold.Scaffolder;
import kb.serve.Preview;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * {@code kb build|check|serve|new …} (see {@link #USAGE_TEXT}); the problems are printed
 * sorted by file with a summary line, and written as JSON beside the output ({@code target/site-report.json}).
 */
public final class Main {

    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    /** The preview's port when {@code --port} is not given. */
    public static final int DEFAULT_PORT = 8000;

    private static final String USAGE_TEXT = String.join(System.lineSeparator(),
            "usage: kb <command> [arguments] [options]",
            "  kb build [site-folder] [output-folder]",
            "      build and validate the site (default: . into target/site)",
            "  kb check [site-folder]",
            "      validate only: build into a temporary folder, report, publish nothing",
            "  kb serve [site-folder] [--port N] [--timings]",
            "      preview the site with drafts at http://localhost:" + DEFAULT_PORT + "/; rebuilds and reloads the",
            "      browser when content/, templates/ or assets/ change (into target/preview; Ctrl-C stops)",
            "  kb new <type> \"Title\" [site-folder]",
            "      write a new draft page of a type of the site's types file (kb.types in jbake.properties),",
            "      with its front matter and section headings",
            "  kb new <question type> \"Question?\" [--page topic] [site-folder]",
            "      for a type with questions: true, add a question before the References of the page",
            "      content/<folder>/<topic>.md (a new page when there is none; --page may be left out when the",
            "      site has only one page of that type)",
            "  kb refs import FILE [site-folder]",
            "      add the references of a BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) export to the bibliography",
            "  kb refs export --format csl-json|bibtex [site-folder]",
            "      print the bibliography as CSL-JSON or BibTeX (for Zotero and other reference managers)",
            "  kb refs verify [site-folder] [--offline]",
            "      check every DOI in Crossref and every PMID in PubMed against its entry (answers cached in",
            "      content/bibliography-checks.json; --offline: only against the cache)",
            "  kb refs add DOI|pmid:NUMBER [site-folder]",
            "      add a complete entry for a DOI (10.1126/...) or PubMed ID (pmid:22301554) from Crossref or PubMed",
            "  kb rules [--markdown]",
            "      list every check: rule id, default severity, whether a site can switch it off (kb.rule.<id>=",
            "      error|warning|off in jbake.properties), what it catches; --markdown: the table of docs/checks.md",
            "options:",
            "  --drafts   include pages marked draft: true (for previews only)",
            "  --strict   fail on warnings too",
            "  --timings  print how long each stage took",
            "  --online   also request every external link (timeouts, 4 at a time, cached in target/)",
            "  --update-permalinks  after a build with no other error, rewrite permalinks.txt with every published",
            "             URL: new ones are added, ones that are gone are retired (and printed)",
            "  --link     make the output folder a symbolic link that each build replaces in one step, so a web",
            "             server serving it never finds it missing (an output that is a link stays one)",
            "  --port N   the preview's port (0 picks a free one)",
            "  --page topic  kb new <question type>: the page the question goes on, e.g. --page timing",
            "  --format F kb refs export: csl-json or bibtex",
            "  --offline  kb refs verify: use only the cached answers, ask no service",
            "  --verbose  print stack traces of unexpected errors");

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // The build draws share images with Java2D: never open a window or look for a display.
        System.setProperty("java.awt.headless", "true");
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
                case "serve" -> serve(arguments);
                case "new" -> create(arguments);
                case "rules" -> rules(arguments);
                case "refs" -> new RefsCommand(out, err).run(arguments);
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
        } catch (ConfigException | OutputFolder.LockedException | Scaffolder.ScaffoldException | RefsException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        } catch (Arguments.UsageError e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (RuntimeException e) {
            // The computer refused a file operation (disk full, read-only or locked-down folder): not the content's
            // fault, and the reader needs the path and the reason, not a stack trace.
            String failure = FileFailure.describe(e);
            if (failure == null) {
                unexpected(e, arguments.verbose());
                return PROBLEMS;
            }
            err.println("error: " + failure);
            if (arguments.verbose()) {
                e.printStackTrace(err);
            }
            return USAGE;
        }
    }
    /** {@code kb rules}: the registry, as a list or as the Markdown table of docs/checks.md. */
    private int rules(Arguments arguments) {
        if (!arguments.positionals().isEmpty()) {
            throw new Arguments.UsageError("kb rules takes no folder or other argument, only --markdown");
        }
        out.print(arguments.has("--markdown") ? RuleTable.markdown(Rules.all()) : RuleTable.text(Rules.all()));
        return OK;
    }

    /** One line for an error nobody planned for; the stack trace only with --verbose. */
    private void unexpected(Exception e, boolean verbose) {
        err.println("error: the command stopped unexpectedly: " + e);
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println("run again with --verbose to see where");
        }
    }

    private int serve(Arguments arguments) throws ConfigException, OutputFolder.LockedException {
        Path source = Path.of(arguments.positional(0, "."));
        int port = arguments.number("--port", DEFAULT_PORT, 0, 65535);
        ServeOutput output = new ServeOutput(source, out, err, arguments.verbose(), arguments.has("--timings"));
        Preview preview;
        try {
            preview = Preview.start(source, source.resolve("target/preview"), port, output);
        } catch (BindException e) {
            err.println("error: port " + port + " is already in use; stop the other server or add --port "
                    + (port + 1) + " (or --port 0 for any free port)");
            return USAGE;
        } catch (IOException e) {
            String failure = FileFailure.describe(e);
            err.println("error: cannot start the preview: " + (failure != null ? failure : e.getMessage()));
            return USAGE;
        }
        out.println("Serving the preview (drafts included) at " + preview.address());
        out.println("Watching content/, templates/ and assets/; pages reload after each change. Ctrl-C stops.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                preview.close();
            } catch (IOException e) {
                // The JVM is exiting; nothing is left to clean up that matters.
            }
            stopped.countDown();
        }));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private int create(Arguments arguments) throws ConfigException, Scaffolder.ScaffoldException {
        if (arguments.positionals().size() < 2) {
            throw new Arguments.UsageError("kb new needs what to create and its title: a type of the site's types file, e.g. kb new page \"Booking\"");
        }
        String kind = arguments.positional(0, null);
        String title = arguments.positional(1, null);
        Path source = Path.of(arguments.positional(2, ".")).toAbsolutePath().normalize();
        SiteConfig site = SiteConfig.load(source);
        Report report = new Report();
        ContentTypes types = site.contentTypes(report);
        if (types == null) {
            report.problems().forEach(err::println);
            err.println("No page was written: the site's content types must be readable first.");
            return PROBLEMS;
        }
        Scaffolder.Created created = new Scaffolder(source, site.contentFolder(), types, Clock.systemDefaultZone())
                .create(kind, title, arguments.option("--page"));
        if (created.appended()) {
            out.println("Added the question \"" + title.strip() + "\" to " + created.file()
                    + ": write its answer where it says " + Placeholder.MARKER + ".");
        } else {
            out.println("Created " + created.file() + " as a draft: fill in every " + Placeholder.MARKER
                    + ", then remove the line \"draft: true\" to publish it.");
        }
        return OK;
    }



    private int build(Arguments arguments) throws ConfigException, OutputFolder.LockedException {
        if (arguments.has("--update-permalinks") && arguments.has("--drafts")) {
            err.println("error: --update-permalinks cannot be combined with --drafts: drafts are not published");
            return USAGE;
        }
        Path source = Path.of(arguments.positional(0, "."));
        Path destination = arguments.positional(1, null) != null ? Path.of(arguments.positional(1, null))
                : source.resolve("target/site");
        BuildOptions options = options(arguments, source, destination, arguments.has("--update-permalinks"));
        BuildResult result = new SiteBuilder().build(arguments.has("--link") ? options.linked() : options);
        Path json = destination.toAbsolutePath().resolveSibling(destination.toAbsolutePath().getFileName() + "-report.json");
        if (!report(arguments, result, json)) {
            err.println("Build failed: " + result.report().summary() + ". "
                    + (result.published() ? "The site was written to " + destination + ", but --strict treats warnings as errors."
                       : "The previous site in " + destination + " was left as it was."));
            return PROBLEMS;
        }
        if (!result.retired().isEmpty()) {
            // Retiring is on purpose, never silent: every address that clients may still hold is named.
            out.println("Retired " + result.retired().size() + " address" + (result.retired().size() == 1 ? "" : "es")
                    + " from permalinks.txt that the site no longer publishes (commit the file if that was meant;"
                    + " otherwise restore the page or heading, or add a redirect):");
            result.retired().forEach(url -> out.println("  " + url));
        }
        out.printf(Locale.ROOT, "Built %d pages (%s), %d files, into %s in %.2f s (validation %.2f s); %s.%n",
                result.pagesPerType().values().stream().mapToInt(Integer::intValue).sum(),
                perType(result.pagesPerType()), result.filesWritten(), destination,
                result.totalMillis() / 1000.0, result.timings().getOrDefault("validate", 0L) / 1000.0,
                result.report().summary());
        if (result.swap() == OutputFolder.Swap.MIGRATED_TO_LINK) {
            out.println("note: " + destination + " is now a symbolic link to the published version; from the next"
                    + " build on, it is replaced in one step. Copy it with a trailing slash (cp -r " + destination
                    + "/. <to>, rsync -a " + destination + "/ <to>).");
        } else if (result.swap() == OutputFolder.Swap.MOVED_NO_LINKS) {
            out.println("note: this system cannot make symbolic links (on Windows: turn on Developer Mode), so "
                    + destination + " was replaced by two moves, with a moment without a site.");
        }
        return OK;
    }

    /** Validates without publishing: builds into a temporary folder that is deleted afterwards. */
    private int check(Arguments arguments) throws ConfigException, OutputFolder.LockedException {
        Path source = Path.of(arguments.positional(0, "."));
        Path temporary;
        try {
            temporary = Files.createTempDirectory("kb-check");
        } catch (IOException e) {
            throw new FileFailure("create a temporary folder in", Path.of(System.getProperty("java.io.tmpdir")), e);
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
            err.println("warning: the JSON report was not written: "
                    + FileFailure.describe(new FileFailure("write", json, e)));
        }
        if (arguments.has("--timings")) {
            out.println("timings: " + timings(result));
        }
        return result.published() && !result.report().fails(arguments.has("--strict"));
    }

    private static void deleteQuietly(Path root) {
        try {
            OutputFolder.deleteTree(root);
        } catch (IOException e) {
            // Only a temporary folder; the system cleans it up.
        }
    }

    private static String perType(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(type + " " + n));
        return String.join(", ", parts);
    }

    /** {@code config 3 ms, parse 120 ms, …}: how long each build stage took. */
    static String timings(BuildResult result) {
        return result.timings().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "));
    }
}
