package kb.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import kb.site.Page;
import kb.content.Permalinks;
import kb.parallel.AllCores;
import kb.report.Report;

/**
 * The facts of every rendered HTML page of a build, found in one pass: each page is parsed once with Jsoup (see
 * {@link RenderedPage}), every page check runs on that document, and only the page's {@link PageFacts} are kept — the
 * document is dropped before the pass moves on, so memory does not grow with the pages' HTML.
 */
public final class RenderedPages {

    private final Map<String, PageFacts> byUrl;
    private final List<PageFacts> all;

    private RenderedPages(Map<String, PageFacts> byUrl, List<PageFacts> all) {
        this.byUrl = byUrl;
        this.all = all;
    }

    /**
     * Runs {@code checks} on every content page and site-wide HTML output, on all cores. Facts in {@code previous}
     * (by URL) that were taken from a page's current HTML are reused with their problems instead of parsing the
     * page again. Every page's problems are added to {@code report}.
     */
    static RenderedPages check(BuiltSite site, List<PageCheck> checks, Map<String, PageFacts> previous, Report report) {
        // One parallel pass over the content pages and the site-wide outputs together: a site-wide output can be
        // the largest file of the site (a bibliography part listing every citing page), and on its own it would
        // keep one core idle.
        List<Supplier<PageFacts>> jobs = new ArrayList<>();
        for (Page page : site.index().pages()) {
            if (page.isRendered()) {
                jobs.add(() -> {
                    PageFacts known = previous.get(page.url());
                    return known != null && known.isCurrent(page) ? known : facts(site, page, checks);
                });
            }
        }
        int contentPages = jobs.size();
        for (Map.Entry<String, String> extra : site.extraOutputs().entrySet()) {
            Path file = site.outputFolder().resolve(extra.getKey());
            if (!extra.getKey().endsWith(".html") || !Files.isRegularFile(file)) {
                continue; // not HTML, or its template failed (already reported)
            }
            // references/index.html is the page /references/; 404.html is served at any address, so its links are
            // written from the root and resolve from "/".
            String url = extra.getKey().endsWith("/index.html") ? Permalinks.urlOfOutputFile(extra.getKey()) : "/";
            jobs.add(() -> facts(new RenderedPage(null, extra.getValue(), extra.getKey(), url, site.readOutput(file),
                    -1, -1), checks));
        }
        List<PageFacts> all = AllCores.map(jobs, true, Supplier::get);
        Map<String, PageFacts> byUrl = new LinkedHashMap<>();
        all.subList(0, contentPages).forEach(facts -> byUrl.put(facts.url(), facts));
        for (PageFacts extra : all.subList(contentPages, all.size())) {
            if (!extra.url().equals("/")) {
                byUrl.putIfAbsent(extra.url(), extra);
            }
        }
        all.forEach(facts -> report.addAll(facts.problems()));
        return new RenderedPages(byUrl, List.copyOf(all));
    }

    private static PageFacts facts(BuiltSite site, Page page, List<PageCheck> checks) {
        String html = site.readOutput(site.outputFolder().resolve(page.outputFile())); // just written: from the page cache
        String body = page.markdown().html();
        int start = body.isEmpty() ? -1 : html.indexOf(body);
        RenderedPage rendered = new RenderedPage(page, page.displayName(), page.outputFile(), page.url(), html, start,
                start < 0 ? -1 : start + body.length());
        return facts(rendered, checks);
    }

    private static PageFacts facts(RenderedPage rendered, List<PageCheck> checks) {
        PageFacts.Builder facts = new PageFacts.Builder(rendered);
        Report problems = new Report();
        for (PageCheck check : checks) {
            check.check(rendered, facts, problems);
        }
        return facts.build(problems.problems());
    }

    /** The page rendered at {@code url}, or null. */
    public PageFacts page(String url) {
        PageFacts found = byUrl.get(url);
        return found != null ? found : byUrl.get(url + "/");
    }

    /** Content pages and site-wide HTML outputs. */
    public List<PageFacts> all() {
        return all;
    }

    /** Content pages only. */
    public List<PageFacts> pages() {
        return List.copyOf(byUrl.values());
    }

    /** The facts of the content pages, by URL, for the next validation to reuse. */
    Map<String, PageFacts> contentPages() {
        Map<String, PageFacts> pages = new LinkedHashMap<>();
        all.stream().filter(facts -> facts.page() != null).forEach(facts -> pages.put(facts.url(), facts));
        return pages;
    }
}
