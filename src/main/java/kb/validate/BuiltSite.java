package kb.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kb.content.Permalinks;
import kb.site.Redirect;
import kb.site.SiteIndex;
import kb.report.FileFailure;
import kb.report.Report;

/**
 * What the checks look at: every page (with its source facts and rendered HTML), the redirects the build wrote,
 * the site-wide outputs and the folder the site was written to, before it is published. What the checks across
 * pages need from the rendered HTML ({@link #rendered()}) is found once per validation and shared.
 */
public final class BuiltSite {

    private final SiteIndex index;
    private final Path sourceFolder;
    private final Path outputFolder;
    private final Path templateFolder;
    private final Map<String, String> extraOutputs;
    private final List<Redirect> redirects;
    private final Set<String> refusedFiles;
    private final ValidationSettings settings;
    private RenderedPages rendered;
    private final Map<String, Boolean> targets = new ConcurrentHashMap<>();

    /**
     * @param templateFolder the template folder, for naming the template a link comes from
     * @param extraOutputs   site-wide outputs (file relative to the output folder, e.g. {@code 404.html}) and the
     *                       template that produced each, relative to the site folder
     * @param refusedFiles   site paths ({@code /img/logo.svg}) of files of assets/ and content/ that were left out
     *                       with an error: a link to one is not reported again
     */
    public BuiltSite(SiteIndex index, Path sourceFolder, Path outputFolder, Path templateFolder,
                     Map<String, String> extraOutputs, List<Redirect> redirects, Set<String> refusedFiles,
                     ValidationSettings settings) {
        this.index = index;
        this.sourceFolder = sourceFolder;
        this.outputFolder = outputFolder;
        this.templateFolder = templateFolder;
        this.extraOutputs = Map.copyOf(extraOutputs);
        this.redirects = List.copyOf(redirects);
        this.refusedFiles = Set.copyOf(refusedFiles);
        this.settings = settings;
    }

    public SiteIndex index() {
        return index;
    }

    public Path sourceFolder() {
        return sourceFolder;
    }

    public Path outputFolder() {
        return outputFolder;
    }

    /** The text of a file the build wrote (UTF-8, as every output is written). */
    String readOutput(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileFailure("read back", file, e);
        }
    }

    public Path templateFolder() {
        return templateFolder;
    }

    public Map<String, String> extraOutputs() {
        return extraOutputs;
    }

    public List<Redirect> redirects() {
        return redirects;
    }

    public ValidationSettings settings() {
        return settings;
    }

    /**
     * The facts of every rendered page, found by the validator's single pass over the pages (or, when no validator
     * ran one, found here without page checks).
     */
    public synchronized RenderedPages rendered() {
        if (rendered == null) {
            rendered = RenderedPages.check(this, List.of(), Map.of(), new Report());
        }
        return rendered;
    }

    synchronized void rendered(RenderedPages pages) {
        this.rendered = pages;
    }

    /**
     * Whether the build publishes an address a redirect may lead to: a page, or a site-wide output of
     * {@code kb.outputs} ({@code /references/}, {@code /references/a-c/}, {@code /search/}). Not a redirect: one
     * redirect must not lead to another.
     */
    public boolean publishes(String address) {
        if (index.byUrl(address) != null) {
            return true;
        }
        if (!address.startsWith("/")) {
            return false;
        }
        return extraOutputs.containsKey(address.endsWith("/") ? Permalinks.outputFileOf(address) : address.substring(1));
    }

    /**
     * Whether a site path (e.g. {@code /injuries/x/}, {@code /img/a.png}) is a page, a redirect or an output file,
     * or a file the build refused to publish and has reported already.
     */
    public boolean hasTarget(String sitePath) {
        // Every page holds the same navigation and asset links: ask the file system once per path.
        return targets.computeIfAbsent(sitePath, this::findTarget);
    }

    private boolean findTarget(String sitePath) {
        if (sitePath.startsWith("/..")) {
            return false;
        }
        if (index.byUrl(sitePath) != null || index.byUrl(sitePath + "/") != null || refusedFiles.contains(sitePath)) {
            return true;
        }
        Path file = outputFolder.resolve(sitePath.substring(1)).normalize();
        // A folder is only a page when the server has an index.html to show in it (e.g. a redirect page).
        return file.startsWith(outputFolder) && (Files.isRegularFile(file) || Files.isRegularFile(file.resolve("index.html")));
    }

    /** The template folder as written in messages, relative to the site folder (e.g. {@code templates}). */
    public String templateDisplay() {
        return sourceFolder.relativize(templateFolder).toString().replace('\\', '/');
    }
}
