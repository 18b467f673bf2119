package kb.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.assets.AssetPublisher;
import kb.citation.Bibliography;
import kb.content.ContentTypes;
import kb.content.KbMarkdownEngine;
import kb.publish.OutputFolder;
import kb.render.PageRenderer;
import kb.render.RecordingMap;
import kb.render.RedirectPages;
import kb.render.RenderFailures;
import kb.render.TemplateRenderer;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rule;
import kb.report.Rules;
import kb.search.SectionTokens;
import kb.sharecard.ShareCards;
import kb.site.ConfigException;
import kb.site.ContentParser;
import kb.site.CrossLinks;
import kb.site.Page;
import kb.site.Redirect;
import kb.site.SiteConfig;
import kb.site.SiteIndex;
import kb.snippet.SnippetLibrary;
import kb.validate.BuiltSite;
import kb.validate.PublishedUrls;
import kb.validate.ValidationSettings;
import kb.validate.Validator;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * One run of the {@link Stage}s: what each stage needs and produces, and the work of each. A full run starts from
 * the site folder alone, writes into a staging folder and publishes it only when there is no error. A run of
 * changes starts from what the last run left ({@link State}) and the files that changed: it parses only those
 * files, renders only the pages whose output can differ, copies the assets again only when one changed, and
 * writes into the output folder in place (even with errors, so a preview shows the page beside its problems).
 * Every other step is the same code for both.
 */
final class BuildRun implements AutoCloseable {

    /** What a run leaves for the next run of changes. */
    record State(BuildOptions options, SiteConfig site, ContentTypes types, KbMarkdownEngine engine,
                 Bibliography bibliography,
                 List<Problem> bibliographyProblems, SnippetLibrary snippets, ContentParser parser,
                 TemplateRenderer templates, Map<String, PageRenderer.Rendered> rendered, Map<String, Object> siteModel,
                 Map<String, PageRenderer.RenderedOutput> outputs, SectionTokens searchTokens,
                 AssetPublisher.Result assets, boolean published) {
    }

    /** Bibliography problems after which none of its references could be read (entries with errors stay citable). */
    private static final Set<Rule> UNREAD_BIBLIOGRAPHY = Set.of(Rules.BIBLIOGRAPHY_SYNTAX, Rules.BIBLIOGRAPHY_ENCODING,
            Rules.BIBLIOGRAPHY_UNREADABLE);

    /** The pages' share cards ever drawn, by the hash of what they show (kept between builds, like the link cache). */
    static final String SHARE_CARD_CACHE = "target/share-cards";

    private final BuildOptions options;
    private final Validator validator;
    /** The last run, for a run of changes; null for a full run. */
    private final State last;
    /** The files that changed since the last run (absolute, normalized); empty for a full run. */
    private final Set<Path> changed;
    private final Report report = new Report();

    private SiteConfig site;
    private ContentTypes types;
    /** Set when the content types file has mistakes: without its types no page can be read, so the run stops. */
    private boolean stopped;
    private OutputFolder output;
    /** Where this run writes: the staging folder, or the output folder itself for a run of changes. */
    private Path target;
    private JBakeConfiguration config;
    private Bibliography bibliography;
    private List<Problem> bibliographyProblems;
    private SnippetLibrary snippets;
    private KbMarkdownEngine engine;
    private ContentParser parser;
    private List<Page> pages;
    private SiteIndex index;
    private CrossLinks links;
    private TemplateRenderer templates;
    private PageRenderer renderer;
    private Map<String, PageRenderer.Rendered> rendered;
    /** Each site-wide output as last rendered, by file (for the next run of changes). */
    private Map<String, PageRenderer.RenderedOutput> renderedOutputs;
    /** The search index's tokens of each section text, for the next run of changes. */
    private SectionTokens searchTokens;
    private ShareCards cards;
    private int written;
    private AssetPublisher.Result assets;
    private List<Redirect> redirects;
    private BuiltSite built;
    private boolean published;
    private OutputFolder.Swap swap;
    private List<String> retired = List.of();

    private BuildRun(BuildOptions options, Validator validator, State last, Set<Path> changed) {
        this.options = options;
        this.validator = validator;
        this.last = last;
        this.changed = Set.copyOf(changed);
    }

    /** A full build of the site {@code options} name. */
    static BuildRun full(BuildOptions options, Validator validator) {
        return new BuildRun(options, validator, null, Set.of());
    }

    /** A run over what changed since {@code last}: the files {@code changed}, and any whose size or time changed. */
    static BuildRun changes(State last, Set<Path> changed, Validator validator) {
        return new BuildRun(last.options(), validator, last, changed);
    }

    boolean ofChanges() {
        return last != null;
    }

    BuildOptions options() {
        return options;
    }

    /** True when a stage found that the rest cannot run (a mistake in the content types file). */
    boolean stopped() {
        return stopped;
    }

    /** Reads the settings (once: a run of changes keeps them) and takes the output folder. */
    void config() throws ConfigException, OutputFolder.LockedException {
        if (ofChanges()) {
            site = last.site();
            types = last.types();
            output = OutputFolder.openInPlace(options.destination());
            target = options.destination();
        } else {
            site = SiteConfig.load(options.source());
            // Without its types no page of the site can be read: report the types file's mistakes alone.
            types = site.contentTypes(report);
            if (types == null) {
                stopped = true;
                return;
            }
            output = OutputFolder.open(options.destination());
            target = output.staging();
        }
        config = site.jbake(target);
    }

    /**
     * Reads the bibliography and snippets and sets up the Markdown engine (once: a run of changes keeps them, as
     * an edit to any of them asks for a full build), then parses the content files that are new or changed.
     */
    void parse() throws ConfigException {
        if (ofChanges()) {
            bibliography = last.bibliography();
            bibliographyProblems = last.bibliographyProblems();
            snippets = last.snippets();
            engine = last.engine();
            parser = last.parser();
        } else {
            Report bibliographyReport = new Report();
            bibliography = site.bibliography(bibliographyReport);
            bibliographyProblems = bibliographyReport.problems();
            snippets = site.snippets();
            engine = site.markdownEngine(bibliography, snippets, types);
            parser = new ContentParser(site, config, engine);
        }
        addBibliographyProblems();
        report.addAll(snippets.problems());
        parser.update(changed, options.parallel());
        pages = parser.pages(options.includeDrafts(), report);
    }

    void index() {
        index = new SiteIndex(pages, bibliography, types);
        links = new CrossLinks(index, report);
    }

    /**
     * Renders the pages whose output can differ from the last run's (all of them in a full run), removes the
     * output of pages that are gone, then renders the site-wide outputs.
     */
    void render() throws IOException {
        templates = ofChanges() ? last.templates() : PageRenderer.templates(site);
        cards = ShareCards.painted(options.source().resolve(SHARE_CARD_CACHE));
        searchTokens = ofChanges() ? last.searchTokens() : new SectionTokens();
        renderer = new PageRenderer(site, index, links, target, templates, site.searchSynonyms(report), cards,
                searchTokens, options.parallel());
        Set<String> changedLists = ofChanges() ? RecordingMap.changes(last.siteModel(), renderer.siteModel()) : Set.of();
        Map<String, PageRenderer.Rendered> fresh = renderer.renderPages(ofChanges() ? stalePages(changedLists) : pages);
        rendered = new HashMap<>();
        if (ofChanges()) {
            rendered.putAll(last.rendered());
            for (String url : last.rendered().keySet()) {
                if (index.byUrl(url) == null) {
                    rendered.remove(url);
                    deleteOutput(url);
                }
            }
        }
        rendered.putAll(fresh);
        report.addAll(cards.problems());
        RenderFailures failures = new RenderFailures();
        failures.addPages(rendered);
        PageRenderer.RenderedOutputs outputs = renderer.renderExtras(failures,
                ofChanges() ? last.outputs() : Map.of(), changedLists);
        renderedOutputs = outputs.outputs();
        written = (int) fresh.values().stream().filter(page -> page.problems().isEmpty()).count() + outputs.written();
        if (ofChanges()) {
            // A split search index file no page needs any more (a deleted page's text, an unused word group).
            for (String file : renderer.removedOutputs(last.siteModel())) {
                Files.deleteIfExists(target.resolve(file));
            }
        }
        failures.report(report);
    }

    /**
     * The pages a run of changes renders again: new pages, pages that failed, pages whose templates read a
     * {@code site} list that changed, and pages whose model takes something from another page that changed.
     */
    private List<Page> stalePages(Set<String> changedLists) {
        List<Page> stale = new ArrayList<>();
        for (Page page : pages) {
            PageRenderer.Rendered before = last.rendered().get(page.url());
            if (before == null || !page.isRendered() || !before.problems().isEmpty()
                    || RecordingMap.readsAny(before.siteKeys(), changedLists)
                    || !before.fromOtherPages().equals(renderer.fromOtherPages(page))) {
                stale.add(page);
            }
        }
        return stale;
    }

    /**
     * Publishes the allowed files of assets/ and content/. A run of changes copies them again only when an asset
     * changed, and whenever a changed file is a symbolic link or the last run found one leading out of the site:
     * such a link may be a page, which only the publisher's walk checks, and the preview must report it as
     * {@code mvn package} does (reusing the last answer showed "0 errors").
     */
    void assets() throws IOException {
        if (!ofChanges()) {
            assets = copyAssets();
        } else {
            assets = last.assets();
            Path assetFolder = config.getAssetFolder().toPath().toAbsolutePath().normalize();
            boolean linkChanged = changed.stream().anyMatch(Files::isSymbolicLink) || last.assets().problems()
                    .stream().anyMatch(problem -> problem.is(Rules.FILE_OUTSIDE_LINK));
            if (linkChanged || changed.stream().anyMatch(file -> file.startsWith(assetFolder))) {
                assets = copyAssets();
                // A file now refused (or deleted) must not stay in the preview from the copy before.
                for (String before : last.assets().published()) {
                    if (!assets.published().contains(before)) {
                        Files.deleteIfExists(target.resolve(before));
                    }
                }
            }
        }
        report.addAll(assets.problems());
    }

    private AssetPublisher.Result copyAssets() {
        Path typesFile = site.typesFile();
        return AssetPublisher.publish(options.source(), config.getAssetFolder().toPath(),
                config.getContentFolder().toPath(), config.getDestinationFolder().toPath(),
                typesFile == null ? Set.of() : Set.of(typesFile));
    }

    void redirects() {
        redirects = RedirectPages.collect(options.source(), index, renderer.bibliographyParts(), report);
        written += RedirectPages.write(redirects, index, renderer.outputs().keySet(), site.host(), target,
                url -> rendered.containsKey(url) ? rendered.get(url).shareImage() : null,
                java.util.Objects.requireNonNullElse(site.setting("site.title"), ""));
    }

    /**
     * Runs every check on the written site, then applies what editors chose: the pages' silence comments first (a
     * finding an editor reviewed is dropped), then the site's {@code kb.rule.*} settings (severity changed, or
     * off), to the comments' own findings too.
     */
    void validate() {
        built = new BuiltSite(index, options.source(), target, site.templates(),
                site.extraOutputTemplates(renderer.outputs()), redirects, assets.refused(),
                new ValidationSettings(options.clock(), options.online(),
                        options.source().resolve("target/link-cache.properties")));
        validator.validate(built, report);
        Silencer silencer = new Silencer(pages);
        report.revise(silencer::apply);
        report.addAll(silencer.problems());
        report.addAll(site.rules().problems());
        report.addAll(site.citationStyle().problems());
        report.revise(site.rules().settings()::apply);
    }

    /**
     * Replaces the output folder by the staging folder when there is no error. A run of changes wrote into the
     * output folder already.
     */
    void publish() throws IOException {
        if (ofChanges()) {
            published = true;
            swap = OutputFolder.Swap.IN_PLACE;
            return;
        }
        if (options.updatePermalinks()) {
            // The editor asked to bring the list up to date: addresses that are gone are retired, but only
            // when nothing else is wrong (a page that failed to build must not lose its addresses), and the
            // command prints each one it retired.
            PublishedUrls.withdrawRemovals(report);
        }
        published = !report.hasErrors() || options.publishOnErrors();
        if (published) {
            if (options.updatePermalinks()) {
                retired = PublishedUrls.update(built);
            }
            swap = output.publish(options.linkedOutput());
            // Only a full build knows every card in use; a run of changes used only its pages' cards.
            cards.prune();
        }
    }

    /** The outcome, with the milliseconds of each stage. */
    BuildResult result(Map<String, Long> timings) {
        if (stopped) {
            return new BuildResult(report, false, options.destination(), Map.of(), 0, timings, null, List.of());
        }
        return new BuildResult(report, published, options.destination(), index.counts(), written, timings, swap,
                retired);
    }

    /** What the next run of changes starts from. */
    State state() {
        return stopped ? null : new State(options, site, types, engine, bibliography, bibliographyProblems, snippets, parser, templates,
                rendered, renderer.siteModel(), renderedOutputs, searchTokens, assets, published);
    }

    /** Releases the output folder. */
    @Override
    public void close() throws IOException {
        if (output != null) {
            output.close();
        }
    }

    /**
     * Adds the bibliography's problems; when the file as a whole could not be read, a citation of any key, and
     * the reference pages it would have had, only follow from that error.
     */
    private void addBibliographyProblems() {
        report.addAll(bibliographyProblems);
        bibliographyProblems.stream().filter(problem -> UNREAD_BIBLIOGRAPHY.contains(problem.registered()))
                .findFirst().ifPresent(cause -> report.unbuilt().source(bibliography.displayName(), cause));
    }

    /** Removes the files of a page whose source is gone, and its folder when nothing else is in it. */
    private void deleteOutput(String url) throws IOException {
        Path folder = null;
        for (String relative : PageRenderer.filesOf(url)) {
            Path file = target.resolve(relative);
            Files.deleteIfExists(file);
            folder = file.getParent();
        }
        for (; folder != null && folder.startsWith(target) && !folder.equals(target); folder = folder.getParent()) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(folder);
        }
    }
}
