package kb.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.build.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Every rendered HTML page of a build, parsed once with Jsoup (with source positions) and shared by the checks:
 * the ids each page really has (for anchors), and where the page's Markdown body sits in the HTML, so a link can
 * be told apart as written by an author (body) or produced by a template.
 */
public final class RenderedPages {

    /**
     * One rendered HTML file.
     *
     * @param page      the content page, or null for a site-wide output such as {@code 404.html}
     * @param file      the file to name in problems: the page's source, or the template of a site-wide output
     * @param url       the URL the file is served at, for resolving its relative links
     * @param bodyStart offset of the Markdown body in the HTML (-1 when the page has none)
     */
    public record Rendered(Page page, String file, String url, Document document, Set<String> ids, int bodyStart,
                           int bodyEnd) {

        /** Whether an element was written in the page's Markdown (true) or comes from the template (false). */
        public boolean inBody(Element element) {
            int at = element.sourceRange().startPos();
            return bodyStart >= 0 && at >= bodyStart && at < bodyEnd;
        }

        /** The template the page was rendered with, relative to the site folder. */
        public String template(BuiltSite site) {
            if (page == null) {
                return file;
            }
            return site.templateDisplay() + "/" + (page.template() == null ? "layout.ftl" : page.template());
        }
    }

    private final Map<String, Rendered> byUrl;
    private final List<Rendered> all;

    private RenderedPages(Map<String, Rendered> byUrl, List<Rendered> all) {
        this.byUrl = byUrl;
        this.all = all;
    }

    static RenderedPages of(BuiltSite site) {
        List<Rendered> pages = site.index().pages().parallelStream()
                .filter(page -> page.html() != null)
                .map(RenderedPages::parse)
                .toList();
        Map<String, Rendered> byUrl = new LinkedHashMap<>();
        pages.forEach(r -> byUrl.put(r.url(), r));
        List<Rendered> all = new ArrayList<>(pages);
        for (Map.Entry<String, String> extra : site.extraOutputs().entrySet()) {
            Path file = site.outputFolder().resolve(extra.getKey());
            if (!extra.getKey().endsWith(".html") || !Files.isRegularFile(file)) {
                continue; // not HTML, or its template failed (already reported)
            }
            try {
                String html = Files.readString(file, StandardCharsets.UTF_8);
                // references/index.html is the page /references/; 404.html is served at any address, so its
                // links are written from the root and resolve from "/".
                String url = extra.getKey().endsWith("/index.html")
                        ? "/" + extra.getKey().substring(0, extra.getKey().length() - "index.html".length()) : "/";
                Document document = document(html);
                Rendered rendered = new Rendered(null, extra.getValue(), url, document, ids(document), -1, -1);
                all.add(rendered);
                if (!url.equals("/")) {
                    byUrl.putIfAbsent(url, rendered);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RenderedPages(byUrl, List.copyOf(all));
    }

    private static Rendered parse(Page page) {
        Document document = page.dom();
        String body = page.markdown().html();
        int start = body.isEmpty() ? -1 : page.html().indexOf(body);
        return new Rendered(page, page.displayName(), page.url(), document, ids(document), start,
                start < 0 ? -1 : start + body.length());
    }

    private static Document document(String html) {
        // Parsers keep state while parsing: one per document.
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    private static Set<String> ids(Document document) {
        Set<String> ids = new HashSet<>();
        for (Element element : document.select("[id]")) {
            ids.add(element.id());
        }
        for (Element element : document.select("a[name]")) {
            ids.add(element.attr("name"));
        }
        return Set.copyOf(ids);
    }

    /** The page rendered at {@code url}, or null. */
    public Rendered page(String url) {
        Rendered found = byUrl.get(url);
        return found != null ? found : byUrl.get(url + "/");
    }

    /** Content pages and site-wide HTML outputs. */
    public List<Rendered> all() {
        return all;
    }

    /** Content pages only. */
    public List<Rendered> pages() {
        return List.copyOf(byUrl.values());
    }
}
