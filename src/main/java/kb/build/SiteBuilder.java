package kb.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kb.publish.OutputFolder;
import kb.report.FileFailure;
import kb.site.ConfigException;
import kb.site.SiteConfig;
import kb.snippet.SnippetLibrary;
import kb.validate.Validator;

/**
 * Builds a site: JBake's configuration and {@code Parser} driven by our own loop with an in-memory
 * {@link kb.site.SiteIndex} instead of JBake's {@code Oven} (which starts OrientDB and renders in O(n²)), and the
 * files beside the pages published by {@link kb.assets.AssetPublisher} (an allow-list, instead of JBake's
 * copy-everything {@code Asset}). A build runs the {@link Stage}s in order; every problem of every stage is
 * collected, and the output folder is replaced only when there is no error.
 *
 * <p>A builder remembers its last build, so a preview can call {@link #rebuild(Set)} after an edit: the same stages
 * run over what changed (only changed files are parsed again, only the pages whose output can differ are
 * rendered again: the edited page, pages whose model takes something from it, pages whose templates read a
 * {@code site} list that changed). The result is byte-identical to a full build (tested).
 */
public final class SiteBuilder {

    private final Validator validator;
    private BuildRun.State last;
    /** The options of the last build, for a rebuild after a build that stopped early (a mistake in the types file). */
    private BuildOptions lastOptions;

    public SiteBuilder(Validator validator) {
        this.validator = validator;
    }

    public SiteBuilder() {
        this(Validator.standard());
    }

    /** A full build into a staging folder that replaces {@code options.destination()} only if there is no error. */
    public BuildResult build(BuildOptions options) throws ConfigException, OutputFolder.LockedException {
        return run(BuildRun.full(options, validator), "publish the site to");
    }

    /**
     * Brings the output of the last build up to date after {@code changed} files were edited, added or deleted
     * (files whose size or modification time changed are picked up too). For previews: the output folder is
     * updated in place, even when the report has errors, so the editor sees the page beside its problems. Falls
     * back to a full build when templates, settings or data files changed, or when the last build published
     * nothing.
     */
    public BuildResult rebuild(Set<Path> changed) throws ConfigException, OutputFolder.LockedException {
        BuildRun.State state = last;
        if (state == null && lastOptions != null) {
            return build(lastOptions);
        }
        if (state == null) {
            throw new IllegalStateException("rebuild() needs a build() first");
        }
        Set<Path> files = new HashSet<>();
        changed.forEach(path -> files.add(path.toAbsolutePath().normalize()));
        if (!state.published() || needsFullBuild(state.site(), files)) {
            return build(state.options());
        }
        return run(BuildRun.changes(state, files, validator), "update the preview in");
    }

    /** Runs every stage in order, timing each; {@code failing} says what could not be done if a file fails. */
    private BuildResult run(BuildRun run, String failing) throws ConfigException, OutputFolder.LockedException {
        Map<String, Long> timings = new LinkedHashMap<>();
        Stopwatch clock = new Stopwatch(timings);
        try (run) {
            for (Stage stage : Stage.values()) {
                stage.run(run);
                clock.lap(stage.label());
                if (run.stopped()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new FileFailure(failing, run.options().destination(), e);
        }
        lastOptions = run.options();
        last = run.state();
        return run.result(timings);
    }

    /**
     * Settings, templates, data files in {@code content/} (the bibliography) and snippets (any page may include
     * one, or a snippet that includes it) shape every page: editing them
     * rebuilds everything. Pages and assets are updated one by one; other paths (the output folder, which may sit
     * inside the site folder, editor swap files, hidden files) do not affect the site and are ignored.
     */
    private static boolean needsFullBuild(SiteConfig site, Set<Path> files) {
        Path content = site.jbake().getContentFolder().toPath().toAbsolutePath().normalize();
        Path templates = site.templates();
        Path settings = site.source().resolve("jbake.properties");
        Path snippets = content.resolve(SnippetLibrary.FOLDER);
        for (Path file : files) {
            if (hidden(site.source(), file)) {
                continue;
            }
            boolean page = file.startsWith(content) && file.getFileName().toString().endsWith(".md");
            if (file.equals(settings) || file.equals(site.typesFile()) || file.startsWith(templates) || file.startsWith(snippets)
                    || (file.startsWith(content) && !page)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path source, Path file) {
        if (!file.startsWith(source)) {
            return false;
        }
        for (Path part : source.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
