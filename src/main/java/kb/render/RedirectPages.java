package kb.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kb.content.FrontMatter;
import kb.content.Permalinks;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import kb.site.Page;
import kb.site.Redirect;
import kb.site.SiteIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Every address that leads to a published address without being it: the site's {@code redirects.yaml} (old URL:
 * new URL), each page's {@code aliases:} (its old URLs) and {@code short:} code (the share link
 * {@code /i/<code>/}), and the bibliography parts published before a regrouping ({@link MovedParts}). A redirect
 * may lead to a page or to a site-wide output of {@code kb.outputs} ({@code /references/}, a part of it). Each is
 * written as a small HTML page that sends the browser on (meta refresh, canonical link, and a normal link for
 * readers whose browser does not follow it; no script).
 */
public final class RedirectPages {

    static final String FILE = "redirects.yaml";
    static final String SHORT_PREFIX = "/i/";

    private RedirectPages() {
    }

    /**
     * Collects all redirects; problems in {@code redirects.yaml} itself go to the report. An old part address the
     * editor redirected in {@code redirects.yaml} keeps the editor's redirect.
     *
     * @param parts the bibliography parts of this build (empty when it is not published in parts)
     */
    public static List<Redirect> collect(Path source, SiteIndex index, List<Map<String, Object>> parts, Report report) {
        List<Redirect> redirects = new ArrayList<>(declared(source, report));
        for (Page page : index.pages()) {
            FrontMatter.Entry aliases = page.frontMatter().entry("aliases");
            if (aliases != null && page.model().get("aliases") instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    int line = i < aliases.itemLines().size() ? aliases.itemLines().get(i) : aliases.line();
                    redirects.add(new Redirect(String.valueOf(list.get(i)), page.url(), page.displayName(), line, 1));
                }
            }
            FrontMatter.Entry code = page.frontMatter().entry("short");
            if (code != null && page.model().get("short") != null) {
                redirects.add(new Redirect(SHORT_PREFIX + page.model().get("short") + "/", page.url(),
                        page.displayName(), code.valueLine(), code.valueColumn()));
            }
        }
        Set<String> taken = new HashSet<>();
        redirects.forEach(redirect -> taken.add(redirect.from()));
        for (Redirect moved : MovedParts.redirects(source, parts)) {
            if (!taken.contains(moved.from()) && index.byUrl(moved.from()) == null) {
                redirects.add(moved);
            }
        }
        return redirects;
    }

    private static List<Redirect> declared(Path source, Report report) {
        Path file = source.resolve(FILE);
        List<Redirect> redirects = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return redirects;
        }
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            if (root == null) {
                return redirects;
            }
            if (!(root instanceof MappingNode mapping)) {
                report.add(Problem.error(Rules.REDIRECT_SYNTAX, FILE, 1, 1, "redirects.yaml must be a list of old: new lines",
                        "write one redirect per line, e.g. /injuries/patellofemoral-pain/: /injuries/runners-knee/"));
                return redirects;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                Node value = tuple.getValueNode();
                int line = key.getStartMark().getLine() + 1;
                int column = key.getStartMark().getColumn() + 1;
                if (!(key instanceof ScalarNode from) || !(value instanceof ScalarNode to) || to.getValue().isBlank()) {
                    report.add(Problem.error(Rules.REDIRECT_SYNTAX, FILE, line, column, "a redirect needs an old URL and a new URL",
                            "write it as /old/address/: /new/address/"));
                    continue;
                }
                redirects.add(new Redirect(from.getValue().strip(), to.getValue().strip(), FILE, line, column));
            }
        } catch (MarkedYAMLException e) {
            unread(report, Problem.error(Rules.REDIRECT_SYNTAX, FILE, e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1, "redirects.yaml is not valid YAML: " + e.getProblem(),
                    "write one redirect per line, e.g. /old/address/: /new/address/"));
        } catch (IOException e) {
            unread(report, Problem.error(Rules.REDIRECT_SYNTAX, FILE, 0, 0, "cannot read redirects.yaml: " + FileFailure.reason(e),
                    "check the file's permissions"));
        }
        return redirects;
    }

    /**
     * Writes a page for each redirect that has a clean address, does not hide a real page and leads to a published
     * address.
     *
     * @param outputs the site-wide outputs written by the render stage (file relative to {@code output})
     */
    /**
     * @param shareImages the share image of each page by URL, as its render wrote it in its own tags
     * @param siteTitle the site's title, which the pages' image descriptions end with
     */
    public static int write(List<Redirect> redirects, SiteIndex index, Set<String> outputs, String host, Path output,
                            Function<String, String> shareImages, String siteTitle) {
        int written = 0;
        for (Redirect redirect : redirects) {
            if (!redirect.hasCleanFrom() || index.byUrl(redirect.from()) != null) {
                continue; // the validator reports these
            }
            Target target = target(redirect.to(), index, outputs, output, shareImages);
            if (target == null) {
                continue; // the validator reports a redirect to an address that is not published
            }
            PageRenderer.write(output, Permalinks.outputFileOf(redirect.from()), html(redirect, target, host, siteTitle));
            written++;
        }
        return written;
    }

    /** The output file of a site-wide address ({@code /references/} → {@code references/index.html}). */
    public static String outputFileOf(String address) {
        return address.endsWith("/") ? Permalinks.outputFileOf(address) : address.substring(1);
    }

    /** What a redirect leads to: its address and what its link preview shows. */
    private record Target(String url, String title, String summary, String image, boolean ownImage) {
    }

    /**
     * A page, or a site-wide output (its title and description read back from the file the render stage wrote);
     * null when the address is not published.
     */
    private static Target target(String to, SiteIndex index, Set<String> outputs, Path output,
                                 Function<String, String> shareImages) {
        Page page = index.byUrl(to);
        if (page != null) {
            Object summary = page.model().get("summary");
            Object own = page.model().get("image");
            String image = shareImages.apply(page.url());
            return new Target(page.url(), page.title() == null ? page.url() : page.title(),
                    summary == null ? null : String.valueOf(summary),
                    image == null ? PageRenderer.DEFAULT_SHARE_IMAGE : image, own != null && !own.toString().isBlank());
        }
        if (!to.startsWith("/") || !outputs.contains(outputFileOf(to))) {
            return null;
        }
        Path file = output.resolve(outputFileOf(to));
        String title = to;
        String summary = null;
        if (file.toString().endsWith(".html") && Files.isRegularFile(file)) {
            try {
                Document written = Jsoup.parse(file.toFile(), "UTF-8");
                title = written.title().isBlank() ? to : written.title();
                Element description = written.selectFirst("meta[name=description]");
                summary = description == null ? null : description.attr("content");
            } catch (IOException e) {
                throw new FileFailure("read back", file, e);
            }
        }
        return new Target(to, title, summary, PageRenderer.DEFAULT_SHARE_IMAGE, false);
    }

    private static String html(Redirect redirect, Target target, String host, String siteTitle) {
        String href = Entities.escape(Permalinks.relative(redirect.from(), target.url()));
        String title = Entities.escape(target.title());
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="%s">
                <title>%s</title>
                <meta name="robots" content="noindex">
                <link rel="canonical" href="%s">
                %s<meta http-equiv="refresh" content="0; url=%s">
                </head>
                <body>
                <p>This page has moved to <a href="%s">%s</a>.</p>
                </body>
                </html>
                """.formatted(SecurityPolicy.CONTENT, title, Entities.escape(host + target.url()),
                preview(target, host, siteTitle), href, href, title);
    }

    /**
     * The target page's link-preview tags. A messaging app that reads a shared short link without following its
     * redirect must still show the page's title, summary and picture, as the page itself would
     * (templates/layout.ftl writes the same tags from the same fields).
     */
    private static String preview(Target target, String host, String siteTitle) {
        String title = target.title();
        String summary = target.summary();
        boolean ownImage = target.ownImage();
        String image = host + target.image();
        StringBuilder tags = new StringBuilder();
        tag(tags, "property", "og:type", "/".equals(target.url()) ? "website" : "article");
        tag(tags, "property", "og:title", title);
        if (summary != null && !String.valueOf(summary).isBlank()) {
            tag(tags, "property", "og:description", String.valueOf(summary).strip());
        }
        tag(tags, "property", "og:url", host + target.url());
        tag(tags, "property", "og:image", image);
        if (!ownImage) {
            tag(tags, "property", "og:image:width", "1200");
            tag(tags, "property", "og:image:height", "630");
        }
        tag(tags, "property", "og:image:alt", ownImage ? siteTitle : title + " · " + siteTitle);
        tag(tags, "name", "twitter:card", "summary_large_image");
        tag(tags, "name", "twitter:title", title);
        if (summary != null && !String.valueOf(summary).isBlank()) {
            tag(tags, "name", "twitter:description", String.valueOf(summary).strip());
        }
        tag(tags, "name", "twitter:image", image);
        return tags.toString();
    }

    private static void tag(StringBuilder tags, String attribute, String name, String value) {
        tags.append("<meta ").append(attribute).append("=\"").append(name).append("\" content=\"")
                .append(Entities.escape(value)).append("\">\n");
    }

    /** The file could not be read: the old addresses it keeps alive are unknown, so their absence follows from this. */
    private static void unread(Report report, Problem cause) {
        report.add(cause);
        report.unbuilt().source(FILE, cause);
    }
}
