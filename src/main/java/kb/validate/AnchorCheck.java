package kb.validate;

import kb.site.Page;
import kb.content.LinkFact;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * A {@code #fragment} in a Markdown link must name an id that the target page really has once rendered (heading
 * ids, FAQ answers, ids written in HTML), on another page or the same one. Reported at the link.
 */
final class AnchorCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        IncludedBy found = new IncludedBy();
        for (Page page : site.index().pages()) {
            for (LinkFact link : page.links()) {
                if (!link.isInternal() || link.fragment() == null || link.fragment().isEmpty()) {
                    continue;
                }
                PageFacts target = site.rendered().page(link.sitePath());
                if (target == null || target.ids().contains(link.fragment())) {
                    continue; // a missing page is reported by InternalLinkCheck; files have no anchors to check
                }
                // "this page" only for the page's own text: in a snippet it would not say which page.
                boolean same = target.url().equals(page.url()) && link.file().equals(page.displayName());
                found.add(Problem.error(Rules.LINK_MISSING_ANCHOR, link.file(), link.line(), link.column(),
                        "link \"" + link.written() + "\" leads to #" + link.fragment() + ", which is not an anchor on "
                                + (same ? "this page" : target.url()),
                        "use the id of a heading on " + (same ? "this page" : target.file())
                                + " (its text in lower case, spaces as hyphens, e.g. #when-to-see-a-doctor)"), null, page);
            }
        }
        found.reportTo(report);
    }
}
