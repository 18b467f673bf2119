package kb.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import kb.build.BuildOptions;
import kb.build.BuildResult;
import kb.site.ConfigException;
import kb.publish.OutputFolder;
import kb.build.SiteBuilder;
import kb.site.SiteConfig;
import kb.content.Permalinks;
import kb.report.Problem;
import kb.validate.Validator;

/**
 * A running live preview: builds the site with drafts into the preview folder, serves it, and rebuilds after every
 * change to the source folders, telling open pages to reload. The first build is a full
 * {@link SiteBuilder#build(BuildOptions)}; after each edit {@link SiteBuilder#rebuild} parses and renders only what
 * the edit affects. One build at a time, on the watcher thread.
 */
public final class Preview implements AutoCloseable {

    /** Quiet time that ends a batch of file events (an editor's save fires several). */
    static final long DEBOUNCE_MILLIS = 100;

    /**
     * Silent builds right after the start: the JIT compiles the build's hot code during the first few builds
     * (a rebuild of the 27-page site took about 1 s at first and 0.1 to 0.3 s once warm), so warm it up before the
     * writer's first edit. An edit made meanwhile waits for at most one build.
     */
    static final int WARM_UP_BUILDS = 3;

    /** Hears about every build of the preview; called on the thread that built. */
    public interface Listener {

        /** A build finished ({@code changed} is empty for the first build). */
        void built(BuildResult result, long millis, Set<Path> changed);

        /**
         * A rebuild could not run at all (for example jbake.properties became unreadable, or the build stopped on
         * something unforeseen); the old pages stay, the problem box shows the failure, and the preview keeps
         * watching.
         */
        void failed(Throwable error, Set<Path> changed);
    }

    private final BuildOptions options;
    private final Listener listener;
    private final String contentPrefix;
    private final SourceWatcher watcher;
    private final ReloadChannel reload = new ReloadChannel();
    private final PreviewServer server;
    private final Thread loop;
    private final Supplier<Validator> validators;
    private SiteBuilder builder;
    private volatile ProblemPanel panel;
    private long builds;

    private Preview(Path site, Path output, int port, Listener listener, Supplier<Validator> validators)
            throws ConfigException, OutputFolder.LockedException, IOException {
        // Linked: a full rebuild (after a template edit) swaps the served site in one step, so the server never
        // answers a reload with "not found" between the two moves of a plain publish.
        this.options = BuildOptions.preview(site, output).linked();
        this.listener = listener;
        this.validators = validators;
        SiteConfig config = SiteConfig.load(options.source());
        this.contentPrefix = options.source().relativize(config.contentFolder()).toString().replace('\\', '/') + "/";
        List<Path> folders = config.sourceFolders();
        // Watch before the first build, so an edit made while it runs is not missed.
        this.watcher = new SourceWatcher(folders, DEBOUNCE_MILLIS);
        try {
            build(Set.of());
            this.server = new PreviewServer(options.destination(), port, () -> panel, reload);
        } catch (ConfigException | OutputFolder.LockedException | IOException | RuntimeException e) {
            watcher.close();
            throw e;
        }
        this.loop = new Thread(this::watch, "kb-preview-watch");
        loop.setDaemon(true);
        loop.start();
    }

    /**
     * Builds the site and starts serving it on {@code port} of the loopback address (0 picks a free port).
     *
     * @throws ConfigException             the site folder or its configuration is unusable
     * @throws OutputFolder.LockedException another build or preview writes the same preview folder
     * @throws IOException                 the port is taken or the folders cannot be watched
     */
    public static Preview start(Path site, Path output, int port, Listener listener) throws ConfigException,
            OutputFolder.LockedException, IOException {
        return new Preview(site, output, port, listener, Validator::standard);
    }

    /** As {@link #start(Path, Path, int, Listener)}, with the builds' checks made by {@code validators} (for tests). */
    static Preview start(Path site, Path output, int port, Listener listener, Supplier<Validator> validators)
            throws ConfigException, OutputFolder.LockedException, IOException {
        return new Preview(site, output, port, listener, validators);
    }

    /** The port the preview is served on. */
    public int port() {
        return server.port();
    }

    /** The address to open in a browser. */
    public String address() {
        return "http://localhost:" + port() + "/";
    }

    /** Number of pages listening for reloads right now. */
    public int listeners() {
        return reload.clientCount();
    }

    private void build(Set<Path> changed) throws ConfigException, OutputFolder.LockedException {
        long start = System.nanoTime();
        // After the first build, only what the edit affects is parsed and rendered again (same bytes as a full build);
        // after a failed one, a fresh builder builds everything, trusting nothing the failure may have left half done.
        BuildResult result = changed.isEmpty() || builder == null ? freshBuilder().build(options) : builder.rebuild(changed);
        long millis = (System.nanoTime() - start) / 1_000_000;
        panel = panelFor(result.report().problems());
        builds++;
        listener.built(result, millis, changed);
    }

    /** A page's problems show on it when the preview has it, else in the site banner (one look per problem shown). */
    private ProblemPanel panelFor(List<Problem> problems) {
        Path output = options.destination();
        return new ProblemPanel(problems, contentPrefix,
                url -> Files.isRegularFile(output.resolve(Permalinks.outputFileOf(url))));
    }

    private void watch() {
        warmUp();
        while (true) {
            Set<Path> changed;
            try {
                changed = watcher.awaitChanges();
            } catch (InterruptedException e) {
                return;
            }
            if (changed.isEmpty()) {
                return;
            }
            try {
                build(changed);
            } catch (ConfigException | OutputFolder.LockedException e) {
                // Keep serving the last preview; the writer sees the error and can fix it.
                listener.failed(e, changed);
                continue;
            } catch (Throwable e) {
                // Anything else (a bug, or a page some library cannot cope with) must not end the watching: the
                // writer sees it on the page and in the terminal, and the next save builds everything afresh.
                builder = null;
                panel = panelFor(List.of(RebuildFailure.problem(changed, options.source())));
                builds++;
                try {
                    listener.failed(e, changed);
                } catch (RuntimeException ignored) {
                    // The listener only prints; a failure there must not stop the preview either.
                }
            }
            reload.reload(builds);
        }
    }

    private void warmUp() {
        // Into a folder of its own, so pages being served never disappear during a warm-up build.
        Path scratch = options.destination().resolveSibling("." + options.destination().getFileName() + ".warmup");
        BuildOptions warmUp = BuildOptions.preview(options.source(), scratch);
        try {
            for (int i = 0; i < WARM_UP_BUILDS && !Thread.currentThread().isInterrupted() && !watcher.hasChanges(); i++) {
                // Its own builder: the preview's builder keeps the state of the served site for rebuilds.
                new SiteBuilder(validators.get()).build(warmUp);
            }
            OutputFolder.deleteOutput(scratch);
        } catch (ConfigException | OutputFolder.LockedException | IOException | RuntimeException | StackOverflowError e) {
            // The same source as the first build, whose outcome the writer has seen: nothing new to report.
        }
    }

    private SiteBuilder freshBuilder() {
        builder = new SiteBuilder(validators.get());
        return builder;
    }

    @Override
    public void close() throws IOException {
        try {
            watcher.close();
            loop.interrupt();
            loop.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
    }
}
