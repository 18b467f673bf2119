package kb.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rule;
import kb.report.Rules;
import org.jsoup.nodes.Element;

/**
 * Links and assets that are not Markdown links — produced by templates (navigation, breadcrumbs, cross-links,
 * stylesheets) or written as raw HTML in a page — must lead to a page or file that exists, and their
 * {@code #anchor} must exist on the target. Checked on the rendered HTML of every page; reported at the template
 * line (once, with the number of pages affected) or at the page's source.
 */
final class RenderedLinkCheck implements PageCheck {

    /** The elements that refer to a page or file, and the attribute that does. */
    private static final Map<String, String> REFERENCES = Map.of("a", "href", "img", "src", "link", "href",
            "script", "src", "source", "src", "iframe", "src");

    /** On each page: the references that are not Markdown links (those are checked at their source position). */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        Set<String> markdown = LinkOrigin.markdownHrefs(rendered);
        for (Element element : rendered.elements()) {
            String attribute = REFERENCES.get(element.normalName());
            if (attribute == null || !element.hasAttr(attribute)) {
                continue;
            }
            String value = element.attr(attribute);
            if (element.normalName().equals("link") && !element.attr("rel").contains("stylesheet") && !element.attr("rel").contains("icon")) {
                continue;
            }
            RenderedHref href = rendered.href(value);
            boolean inBody = rendered.inBody(element);
            if (href == null || (inBody && markdown.contains(value))) {
                continue;
            }
            facts.reference(new PageFacts.Reference(element.normalName(), value, inBody, href));
        }
    }

    /** Across pages: whether each reference leads somewhere, one problem per source position. */
    @Override
    public void check(BuiltSite site, Report report) {
        LinkOrigin origin = new LinkOrigin(site);
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (PageFacts rendered : site.rendered().all()) {
            for (PageFacts.Reference reference : rendered.references()) {
                RenderedHref href = reference.href();
                String problem = problem(site, href, reference.tag());
                if (problem == null) {
                    continue;
                }
                SourceSearch.Location at = origin.locate(rendered, reference.inBody(), reference.value());
                String key = at.file() + ":" + at.line() + ":" + at.column() + ":" + href.path() + "#" + href.fragment();
                findings.computeIfAbsent(key, k -> new Finding(at, href.path(), problem, reference.value(), reference.tag().equals("a") ? "link" : "asset",
                        href.hasFragment() && site.hasTarget(href.path()), rendered.file())).pages++;
            }
        }
        for (Finding finding : findings.values()) {
            report.addAbout(finding.path, finding.toProblem());
        }
    }

    /** What is wrong with an href, or null when it leads somewhere. */
    private static String problem(BuiltSite site, RenderedHref href, String tag) {
        if (!site.hasTarget(href.path())) {
            return href.path().startsWith("/..") ? "points outside the site" : "leads to " + href.path() + ", which does not exist";
        }
        if (href.hasFragment() && tag.equals("a")) {
            PageFacts target = site.rendered().page(href.path());
            if (target != null && !target.ids().contains(href.fragment())) {
                return "leads to #" + href.fragment() + ", which is not an anchor on " + target.url();
            }
        }
        return null;
    }

    /** One broken reference at one source position, seen on {@code pages} rendered pages. */
    private static final class Finding {
        final SourceSearch.Location at;
        final String path;
        final String what;
        final String value;
        final String kind;
        final boolean anchor;
        final String firstPage;
        int pages;

        Finding(SourceSearch.Location at, String path, String what, String value, String kind, boolean anchor, String firstPage) {
            this.at = at;
            this.path = path;
            this.what = what;
            this.value = value;
            this.kind = kind;
            this.anchor = anchor;
            this.firstPage = firstPage;
        }

        Problem toProblem() {
            boolean fromPage = at.file().equals(firstPage);
            String where = fromPage ? "" : " (on " + (pages == 1 ? firstPage : pages + " pages, e.g. " + firstPage) + ")";
            Rule rule = anchor ? Rules.LINK_MISSING_ANCHOR : kind.equals("link") ? Rules.LINK_MISSING_PAGE : Rules.ASSET_MISSING;
            String hint = anchor ? "link to a heading id that exists on the target page, or add the anchor there"
                    : kind.equals("link") ? "create the page, or change the link" + (fromPage ? "" : " in the template")
                    : "add the file under assets/, or fix the path (write it as ${content.rootpath}css/site.css)";
            return Problem.error(rule, at.file(), at.line(), at.column(),
                    (kind.equals("link") ? "link" : "asset") + " \"" + value + "\" " + what + where, hint);
        }
    }
}
