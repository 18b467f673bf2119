package kb.validate;

import kb.site.Page;
import kb.content.LinkFact;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rule;
import kb.report.Rules;

/**
 * Links and images written in Markdown must lead somewhere: a page of the site, or a file in the output (assets,
 * images). Reported at the link's position in the source file.
 */
final class InternalLinkCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        IncludedBy found = new IncludedBy();
        for (Page page : site.index().pages()) {
            for (LinkFact link : page.links()) {
                if (!link.isInternal() || site.hasTarget(link.sitePath())) {
                    continue;
                }
                boolean escapes = link.sitePath().startsWith("/..");
                Rule rule = escapes ? Rules.LINK_OUTSIDE_SITE
                        : link.kind() == LinkFact.Kind.IMAGE ? Rules.LINK_MISSING_IMAGE : Rules.LINK_MISSING_PAGE;
                // A link to a page that could not be built follows from that page's own error.
                found.add(Problem.error(rule, link.file(), link.line(), link.column(),
                        escapes ? "link \"" + link.written() + "\" points outside the site"
                                : (link.kind() == LinkFact.Kind.IMAGE ? "image" : "link") + " \"" + link.written()
                                  + "\" leads to " + link.sitePath() + ", which does not exist",
                        escapes ? "link to pages of the site only, e.g. ../techniques/cupping.md"
                                : "link to a file under content/ (e.g. ../techniques/cupping.md) or an existing site URL"),
                        link.sitePath(), page);
            }
        }
        found.reportTo(report);
    }
}
