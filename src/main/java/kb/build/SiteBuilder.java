package kb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import kb.assets.AssetPublisher;
import kb.citation.Bibliography;
import kb.content.KbMarkdownEngine;
import kb.render.TemplateRenderer;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rule;
import kb.report.Rules;
import kb.sanitize.OutsideLinks;
import kb.snippet.SnippetLibrary;
import kb.validate.BuiltSite;
import kb.validate.PublishedUrls;
import kb.validate.ValidationSettings;
import kb.validate.Validator;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;

/**
 * Builds a site: JBake's configuration and {@link Parser} driven by our own loop with an in-memory
 * {@link SiteIndex} instead of JBake's {@code Oven} (which starts OrientDB and renders in O(n²)), and the files
 * beside the pages published by {@link AssetPublisher} (an allow-list, instead of JBake's copy-everything
 * {@code Asset}). Every problem of every stage is collected; the output folder is replaced only when there is no
 * error.
 *
 * <p>A builder remembers its last build, so a preview can call {@link #rebuild(Set)} after an edit: only changed
 * files are parsed again, and only the pages whose output can differ are rendered again (the edited page, pages
 * whose model takes something from it, pages whose templates read a {@code site} list that changed). The result
 * is byte-identical to a full build (tested).
 */
public final class SiteBuilder {

    /**
     * What the last build left for the next rebuild. {@code assetProblems} is null when the assets were not copied
     * (a symbolic link led out of the site).
     */
    private record State(BuildOptions options, SiteConfig site, KbMarkdownEngine engine, Bibliography bibliography,
                         List<Problem> bibliographyProblems, SnippetLibrary snippets, ContentParser parser, TemplateRenderer templates,
                         Map<String, PageRenderer.Rendered> rendered, Map<String, Object> siteModel,
                         AssetPublisher.Result assets, boolean published) {
    }

    private final Validator validator;
    private State last;

    public SiteBuilder(Validator validator) {
        this.validator = validator;
    }

    public SiteBuilder() {
        this(Validator.standard());
    }

    /** A full build into a staging folder that replaces {@code options.destination()} only if there is no error. */
    public BuildResult build(BuildOptions options) throws ConfigException, OutputFolder.LockedException {
        Thread preload = options.parallel() ? Preload.start() : null;
        Map<String, Long> timings = new LinkedHashMap<>();
        Stopwatch clock = new Stopwatch(timings);
        Report report = new Report();
        SiteConfig site;
        try {
            site = SiteConfig.load(options.source());
        } finally {
            Preload.await(preload);
        }
        clock.lap("config");

        try (OutputFolder output = OutputFolder.open(options.destination())) {
            JBakeConfiguration config = site.jbake(output.staging());
            Report bibliographyReport = new Report();
            Bibliography bibliography = site.bibliography(bibliographyReport);
            List<Problem> bibliographyProblems = bibliographyReport.problems();
            addBibliographyProblems(bibliography, bibliographyProblems, report);
            SnippetLibrary snippets = site.snippets();
            report.addAll(snippets.problems());
            KbMarkdownEngine engine = site.markdownEngine(bibliography, snippets);
            Engines.register("md", engine);
            ContentParser parser = new ContentParser(site, config);
            parser.update(Set.of(), options.parallel());
            List<Page> pages = parser.pages(options.includeDrafts(), report);
            clock.lap("parse");

            SiteIndex index = new SiteIndex(pages, bibliography);
            CrossLinks links = new CrossLinks(index, report);
            clock.lap("index");

            TemplateRenderer templates = PageRenderer.templates(site);
            PageRenderer renderer = new PageRenderer(site, index, links, output.staging(), templates,
                    site.searchSynonyms(report));
            Map<String, PageRenderer.Rendered> rendered = renderer.renderPages(pages, options.parallel());
            RenderFailures failures = new RenderFailures();
            int written = failures.addPages(rendered) + renderer.renderExtras(failures);
            failures.report(report);
            clock.lap("render");

            AssetPublisher.Result assets = copyAssets(options, config);
            report.addAll(assets.problems());
            clock.lap("assets");

            List<Redirect> redirects = RedirectPages.collect(options.source(), index, report);
            written += RedirectPages.write(redirects, index, site.host(), output.staging());
            clock.lap("redirects");

            BuiltSite built = builtSite(options, site, index, output.staging(), renderer, redirects, assets);
            validator.validate(built, report);
            applyRuleChoices(report, site, pages);
            clock.lap("validate");

            if (options.updatePermalinks()) {
                // The editor asked to bring the list up to date: addresses that are gone are retired, but only
                // when nothing else is wrong (a page that failed to build must not lose its addresses), and the
                // command prints each one it retired.
                PublishedUrls.withdrawRemovals(report);
            }
            boolean publish = !report.hasErrors() || options.publishOnErrors();
            OutputFolder.Swap swap = null;
            List<String> retired = List.of();
            if (publish) {
                if (options.updatePermalinks()) {
                    retired = PublishedUrls.update(built);
                }
                swap = output.publish(options.linkedOutput());
            }
            clock.lap("publish");
            last = new State(options, site, engine, bibliography, bibliographyProblems, snippets, parser, templates, rendered,
                    renderer.siteModel(), assets, publish);
            return new BuildResult(report, publish, options.destination(), index.counts(), written, timings, swap,
                    retired);
        } catch (IOException e) {
            throw new FileFailure("publish the site to", options.destination(), e);
        }
    }

    /**
     * Brings the output of the last build up to date after {@code changed} files were edited, added or deleted
     * (files whose size or modification time changed are picked up too). For previews: the output folder is
     * updated in place, even when the report has errors, so the editor sees the page beside its problems. Falls
     * back to a full build when templates, settings or data files changed, or when the last build published
     * nothing.
     */
    public BuildResult rebuild(Set<Path> changed) throws ConfigException, OutputFolder.LockedException {
        State state = last;
        if (state == null) {
            throw new IllegalStateException("rebuild() needs a build() first");
        }
        Set<Path> files = new HashSet<>();
        changed.forEach(path -> files.add(path.toAbsolutePath().normalize()));
        if (!state.published() || needsFullBuild(state.site(), files)) {
            return build(state.options());
        }
        BuildOptions options = state.options();
        Map<String, Long> timings = new LinkedHashMap<>();
        Stopwatch clock = new Stopwatch(timings);
        Report report = new Report();
        Path destination = options.destination();
        try (OutputFolder lock = OutputFolder.openInPlace(destination)) {
            JBakeConfiguration config = state.site().jbake(destination);
            addBibliographyProblems(state.bibliography(), state.bibliographyProblems(), report);
            report.addAll(state.snippets().problems());
            Engines.register("md", state.engine());
            state.parser().update(files, options.parallel());
            List<Page> pages = state.parser().pages(options.includeDrafts(), report);
            clock.lap("parse");

            SiteIndex index = new SiteIndex(pages, state.bibliography());
            CrossLinks links = new CrossLinks(index, report);
            clock.lap("index");

            PageRenderer renderer = new PageRenderer(state.site(), index, links, destination, state.templates(),
                    state.site().searchSynonyms(report));
            Set<String> changedLists = RecordingMap.changes(state.siteModel(), renderer.siteModel());
            List<Page> dirty = new ArrayList<>();
            for (Page page : pages) {
                PageRenderer.Rendered before = state.rendered().get(page.url());
                if (before == null || !page.isRendered() || !before.problems().isEmpty()
                        || readsAny(before.siteKeys(), changedLists)
                        || !before.fromOtherPages().equals(renderer.fromOtherPages(page))) {
                    dirty.add(page);
                }
            }
            Map<String, PageRenderer.Rendered> fresh = renderer.renderPages(dirty, options.parallel());
            Map<String, PageRenderer.Rendered> rendered = new HashMap<>(state.rendered());
            for (String url : state.rendered().keySet()) {
                if (index.byUrl(url) == null) {
                    rendered.remove(url);
                    deleteOutput(destination, url);
                }
            }
            rendered.putAll(fresh);
            RenderFailures failures = new RenderFailures();
            failures.addPages(rendered);
            int written = fresh.size() + renderer.renderExtras(failures);
            for (String file : renderer.removedOutputs(state.siteModel())) {
                Files.deleteIfExists(destination.resolve(file));
            }
            failures.report(report);
            clock.lap("render");

            AssetPublisher.Result assets = state.assets();
            // Published again when an asset changed, and whenever a saved file is a symbolic link or the last run
            // found one leading out of the site: such a link may be a page, which only the publisher's walk checks,
            // and the preview must report it as mvn package does (reusing the last answer showed "0 errors").
            Path assetFolder = config.getAssetFolder().toPath().toAbsolutePath().normalize();
            boolean linkChanged = files.stream().anyMatch(Files::isSymbolicLink) || state.assets().problems().stream()
                    .anyMatch(problem -> problem.is(Rules.FILE_OUTSIDE_LINK));
            if (linkChanged || files.stream().anyMatch(file -> file.startsWith(assetFolder))) {
                assets = copyAssets(options, config);
                // A file now refused (or deleted) must not stay in the preview from the copy before.
                for (String before : state.assets().published()) {
                    if (!assets.published().contains(before)) {
                        Files.deleteIfExists(destination.resolve(before));
                    }
                }
            }
            report.addAll(assets.problems());
            clock.lap("assets");

            List<Redirect> redirects = RedirectPages.collect(options.source(), index, report);
            written += RedirectPages.write(redirects, index, state.site().host(), destination);
            clock.lap("redirects");

            validator.validate(builtSite(options, state.site(), index, destination, renderer, redirects, assets), report);
            applyRuleChoices(report, state.site(), pages);
            clock.lap("validate");
            last = new State(options, state.site(), state.engine(), state.bibliography(), state.bibliographyProblems(),
                    state.snippets(), state.parser(), state.templates(), rendered, renderer.siteModel(), assets, true);
            return new BuildResult(report, true, destination, index.counts(), written, timings,
                    OutputFolder.Swap.IN_PLACE, List.of());
        } catch (IOException e) {
            throw new FileFailure("update the preview in", destination, e);
        }
    }

    private static BuiltSite builtSite(BuildOptions options, SiteConfig site, SiteIndex index, Path output,
                                       PageRenderer renderer, List<Redirect> redirects, AssetPublisher.Result assets) {
        return new BuiltSite(index, options.source(), output, site.templates(),
                site.extraOutputTemplates(renderer.outputs()), redirects, assets.refused(),
                new ValidationSettings(options.clock(), options.online(),
                        options.source().resolve("target/link-cache.properties")));
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
            if (file.equals(settings) || file.startsWith(templates) || file.startsWith(snippets)
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

    private static boolean readsAny(Set<String> read, Set<String> changed) {
        if (changed.isEmpty()) {
            return false;
        }
        return read.contains(RecordingMap.ALL) || read.stream().anyMatch(changed::contains);
    }

    /**
     * Applies what editors chose once every check has run: the pages' silence comments first (a finding an editor
     * reviewed is dropped), then the site's {@code kb.rule.*} settings (severity changed, or off), to the comments'
     * own findings too.
     */
    private static void applyRuleChoices(Report report, SiteConfig site, List<Page> pages) {
        Silencer silencer = new Silencer(pages);
        report.revise(silencer::apply);
        report.addAll(silencer.problems());
        report.addAll(site.rules().problems());
        report.revise(site.rules().settings()::apply);
    }

    /** Bibliography problems after which none of its references could be read (entries with errors stay citable). */
    private static final Set<Rule> UNREAD_BIBLIOGRAPHY = Set.of(Rules.BIBLIOGRAPHY_SYNTAX, Rules.BIBLIOGRAPHY_ENCODING,
            Rules.BIBLIOGRAPHY_UNREADABLE);

    /**
     * Adds the bibliography's problems; when the file as a whole could not be read, a citation of any key, and
     * the reference pages it would have had, only follow from that error.
     */
    private static void addBibliographyProblems(Bibliography bibliography, List<Problem> problems, Report report) {
        report.addAll(problems);
        problems.stream().filter(problem -> UNREAD_BIBLIOGRAPHY.contains(problem.registered())).findFirst()
                .ifPresent(cause -> report.unbuilt().source(bibliography.displayName(), cause));
    }

    /** Removes the files of a page whose source is gone, and its folder when nothing else is in it. */
    private static void deleteOutput(Path destination, String url) throws IOException {
        Path folder = null;
        for (String relative : PageRenderer.filesOf(url)) {
            Path file = destination.resolve(relative);
            Files.deleteIfExists(file);
            folder = file.getParent();
        }
        for (; folder != null && folder.startsWith(destination) && !folder.equals(destination);
             folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(folder);
        }
    }

    /** Publishes the allowed files of assets/ and content/ into the configuration's destination. */
    private static AssetPublisher.Result copyAssets(BuildOptions options, JBakeConfiguration config) {
        return AssetPublisher.publish(options.source(), config.getAssetFolder().toPath(),
                config.getContentFolder().toPath(), config.getDestinationFolder().toPath());
    }

    /** Writes a text file into the output, creating folders as needed. */
    static void write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileFailure("write", file, e);
        }
    }

}
