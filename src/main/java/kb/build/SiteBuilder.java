package kb.build;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kb.citation.Bibliography;
import kb.content.ContentException;
import kb.content.FrontMatter;
import kb.content.KbMarkdownEngine;
import kb.content.MarkdownOutcome;
import kb.content.Permalinks;
import kb.content.SourceText;
import kb.report.Problem;
import kb.report.Report;
import kb.sanitize.OutsideLinks;
import kb.validate.BuiltSite;
import kb.validate.PublishedUrls;
import kb.validate.ValidationSettings;
import kb.validate.Validator;
import org.jbake.app.Asset;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;

/**
 * Builds a site: JBake's configuration, {@link Parser} and {@link Asset} driven by our own loop with an in-memory
 * {@link SiteIndex} instead of JBake's {@code Oven} (which starts OrientDB and renders in O(n²)). Every problem
 * of every stage is collected; the output folder is replaced only when there is no error.
 */
public final class SiteBuilder {

    private final Validator validator;

    public SiteBuilder(Validator validator) {
        this.validator = validator;
    }

    public SiteBuilder() {
        this(Validator.standard());
    }

    public BuildResult build(BuildOptions options) throws ConfigException, OutputFolder.LockedException {
        Map<String, Long> timings = new LinkedHashMap<>();
        Stopwatch clock = new Stopwatch(timings);
        Report report = new Report();
        SiteConfig site = SiteConfig.load(options.source());
        clock.lap("config");

        try (OutputFolder output = OutputFolder.open(options.destination())) {
            JBakeConfiguration config = site.jbake(output.staging());
            Bibliography bibliography = site.bibliography(report);
            Engines.register("md", site.markdownEngine(bibliography));
            List<Page> pages = parse(site, config, options, report);
            clock.lap("parse");

            SiteIndex index = new SiteIndex(pages, bibliography);
            CrossLinks links = new CrossLinks(index, report);
            clock.lap("index");

            PageRenderer renderer = new PageRenderer(site, index, links, output.staging());
            int written = renderer.renderAll(report);
            clock.lap("render");

            List<Problem> outside = OutsideLinks.find(options.source(),
                    List.of(config.getContentFolder().toPath(), config.getAssetFolder().toPath()));
            report.addAll(outside);
            if (outside.isEmpty()) {
                // JBake copies what a link points to: not even the staging folder may hold files from elsewhere.
                copyAssets(config, report);
            }
            clock.lap("assets");

            List<Redirect> redirects = RedirectPages.collect(options.source(), index, report);
            written += RedirectPages.write(redirects, index, site.host(), output.staging());
            clock.lap("redirects");

            BuiltSite built = new BuiltSite(index, options.source(), output.staging(), site.templates(),
                    site.extraOutputTemplates(renderer.outputs()), redirects, new ValidationSettings(options.clock(), options.online(),
                    options.source().resolve("target/link-cache.properties")));
            validator.validate(built, report);
            clock.lap("validate");

            boolean publish = !report.hasErrors() || options.publishOnErrors();
            if (publish) {
                if (options.updatePermalinks()) {
                    PublishedUrls.update(built);
                }
                output.publish();
            }
            clock.lap("publish");
            return new BuildResult(report, publish, options.destination(), index.counts(), written, timings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Page> parse(SiteConfig site, JBakeConfiguration config, BuildOptions options, Report report) {
        Parser parser = new Parser(config);
        List<Path> files = site.contentFiles(report);
        // Pages are independent: JBake's Parser and our engine keep no per-file state, so parse on all cores.
        List<Page> parsed = files.parallelStream()
                .map(file -> parseOne(parser, site, file, report))
                .filter(Objects::nonNull)
                .toList();
        List<Page> pages = new ArrayList<>();
        Map<String, Page> byUrl = new LinkedHashMap<>();
        for (Page page : parsed) {
            if (page.isDraft() && !options.includeDrafts()) {
                continue;
            }
            Page other = byUrl.putIfAbsent(page.url(), page);
            if (other != null) {
                report.add(Problem.error("content/duplicate-url", page.displayName(), 1, 1,
                        "this file and " + other.displayName() + " would both be published at " + page.url(),
                        "rename or remove one of the two files"));
                continue;
            }
            pages.add(page);
        }
        return pages;
    }

    private static Page parseOne(Parser parser, SiteConfig site, Path file, Report report) {
        String display = site.displayName(file);
        String contentPath = site.contentPath(file);
        try {
            SourceText.read(file, display);
            DocumentModel model = parser.processFile(file.toFile());
            if (model == null) {
                report.add(Problem.error("content/unparsed", display, 1, 1,
                        "JBake could not read this file", "check the file's front matter and encoding"));
                return null;
            }
            FrontMatter frontMatter = (FrontMatter) model.remove(KbMarkdownEngine.FRONT_MATTER);
            MarkdownOutcome markdown = (MarkdownOutcome) model.remove(KbMarkdownEngine.OUTCOME);
            report.addAll(markdown.problems());
            String url = Permalinks.urlOf(contentPath);
            model.setUri(url);
            model.setSourceUri(contentPath);
            model.setFile(file.toString());
            model.setRootPath(Permalinks.rootPathOf(url));
            return new Page(display, contentPath, url, model, frontMatter, markdown);
        } catch (ContentException e) {
            report.addAll(e.problems());
            return null;
        }
    }

    private static void copyAssets(JBakeConfiguration config, Report report) {
        Asset asset = new Asset(config);
        if (config.getAssetFolder().isDirectory()) {
            asset.copy();
        }
        asset.copyAssetsFromContent(config.getContentFolder());
        for (Throwable error : asset.getErrors()) {
            report.add(Problem.error("assets/copy", config.getAssetFolderName(), 0, 0,
                    "could not copy an asset: " + error.getMessage(), "check file permissions and free disk space"));
        }
    }

    /** Writes a text file into the staging folder, creating folders as needed. */
    static void write(Path root, String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

}
