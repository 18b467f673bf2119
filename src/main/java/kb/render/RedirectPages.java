package kb.render;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kb.content.FrontMatter;
import kb.content.Permalinks;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import kb.site.Page;
import kb.site.Redirect;
import kb.site.SiteIndex;
import org.jsoup.nodes.Entities;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Every address that leads to a page without being the page: the site's {@code redirects.yaml} (old URL: new
 * URL), each page's {@code aliases:} (its old URLs) and {@code short:} code (the share link {@code /i/<code>/}).
 * Each is written as a small HTML page that sends the browser on (meta refresh, canonical link, and a normal link
 * for readers whose browser does not follow it; no script).
 */
public final class RedirectPages {

    static final String FILE = "redirects.yaml";
    static final String SHORT_PREFIX = "/i/";

    private RedirectPages() {
    }

    /** Collects all redirects; problems in {@code redirects.yaml} itself go to the report. */
    public static List<Redirect> collect(Path source, SiteIndex index, Report report) {
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

    /** Writes a page for each redirect that has a clean address and does not hide a real page. */
    public static int write(List<Redirect> redirects, SiteIndex index, String host, Path output) {
        int written = 0;
        for (Redirect redirect : redirects) {
            if (!redirect.hasCleanFrom() || index.byUrl(redirect.from()) != null || index.byUrl(redirect.to()) == null) {
                continue; // the validator reports these
            }
            PageRenderer.write(output, Permalinks.outputFileOf(redirect.from()), html(redirect, index.byUrl(redirect.to()), host));
            written++;
        }
        return written;
    }

    private static String html(Redirect redirect, Page target, String host) {
        String href = Entities.escape(Permalinks.relative(redirect.from(), target.url()));
        String title = Entities.escape(target.title() == null ? target.url() : target.title());
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
                preview(target, host), href, href, title);
    }

    /**
     * The target page's link-preview tags. A messaging app that reads a shared short link without following its
     * redirect must still show the page's title, summary and picture, as the page itself would
     * (templates/layout.ftl writes the same tags from the same fields).
     */
    static String preview(Page target, String host) {
        String title = target.title() == null ? target.url() : target.title();
        Object summary = target.model().get("summary");
        Object picture = target.model().get("image");
        boolean ownImage = picture != null && !String.valueOf(picture).isBlank();
        String image = host + (ownImage ? String.valueOf(picture) : "/img/share.png");
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
