package kb.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kb.content.LinkFact;
import kb.content.MarkdownLinks;

/**
 * Says where a link or asset reference in rendered HTML came from, so the problem names the file to edit: a
 * Markdown link (already checked at its exact position by the Markdown checks), raw HTML in the page's Markdown,
 * or a template. Template lines are found by searching the templates for the href as the template writes it
 * ({@code ${content.rootpath}faq/}).
 */
final class LinkOrigin {

    private final BuiltSite site;
    private final SourceSearch search;
    private final List<String> templates;

    LinkOrigin(BuiltSite site) {
        this.site = site;
        this.search = new SourceSearch(site.sourceFolder());
        this.templates = templates(site);
    }

    /** The hrefs the page's Markdown links and images became in the HTML. */
    static Set<String> markdownHrefs(RenderedPage rendered) {
        Set<String> hrefs = new HashSet<>();
        if (rendered.page() == null) {
            return hrefs;
        }
        for (LinkFact link : rendered.page().links()) {
            hrefs.add(link.written());
            if (link.isInternal() && !link.written().startsWith("#")) {
                hrefs.add(MarkdownLinks.href(rendered.url(),
                        new MarkdownLinks.Target(link.sitePath(), link.fragment())));
            }
        }
        return hrefs;
    }

    /** Where {@code value} (an href or src of an element in the page's body or its template) was written. */
    SourceSearch.Location locate(PageFacts rendered, boolean inBody, String value) {
        if (inBody) {
            SourceSearch.Location found = search.find(rendered.file(), "\"" + value + "\"");
            if (found != null) {
                return new SourceSearch.Location(found.file(), found.line(), found.column() + 1);
            }
            found = search.find(rendered.file(), value);
            return found != null ? found : new SourceSearch.Location(rendered.file(), 0, 0);
        }
        String template = rendered.template(site);
        List<String> order = new ArrayList<>();
        order.add(template);
        // The page's own template first, then the shared layout it calls, then the rest.
        String layout = site.templateDisplay() + "/layout.ftl";
        if (!template.equals(layout)) {
            order.add(layout);
        }
        templates.stream().filter(t -> !order.contains(t)).forEach(order::add);
        String root = rendered.page() == null ? "" : rendered.page().model().getRootPath();
        SourceSearch.Location found = null;
        if (root != null && value.startsWith(root)) {
            found = search.findIn(order, "rootpath}" + value.substring(root.length()) + "\"");
        }
        if (found == null) {
            found = search.findIn(order, "\"" + value + "\"");
        }
        return found != null ? found : new SourceSearch.Location(template, 0, 0);
    }

    private static List<String> templates(BuiltSite site) {
        if (!Files.isDirectory(site.templateFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(site.templateFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".ftl"))
                    .map(f -> site.templateDisplay() + "/" + f.getFileName())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
