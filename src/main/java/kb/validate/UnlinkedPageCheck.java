package kb.validate;

import java.util.HashSet;
import java.util.Set;
import kb.site.Page;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import org.jsoup.nodes.Element;

/**
 * A page that no other page links to (in its text, navigation, lists or cross-links) can only be found by search
 * engines: a warning. The home page is the way in and needs no link.
 */
final class UnlinkedPageCheck implements PageCheck {

    /** On each page: the site paths it links to. */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        for (Element link : rendered.elements()) {
            if (!link.normalName().equals("a") || !link.hasAttr("href")) {
                continue;
            }
            RenderedHref href = rendered.href(link.attr("href"));
            if (href != null && !href.path().equals(rendered.url())) {
                facts.linksTo(href.path());
            }
        }
    }

    @Override
    public void check(BuiltSite site, Report report) {
        Set<String> linked = new HashSet<>();
        for (PageFacts rendered : site.rendered().pages()) {
            linked.addAll(rendered.linkedPaths());
        }
        for (Page page : site.index().pages()) {
            if (page.url().equals("/") || linked.contains(page.url())) {
                continue;
            }
            // While another page could not be built, its links are unknown: it may be the one that links here.
            report.addFollowOn(Problem.warning(Rules.PAGE_UNLINKED, page.displayName(), 1, 1,
                    "no page links to " + page.url(),
                    Rules.PAGE_UNLINKED.hint()),
                    report.unbuilt().anyOtherThan(page.url()));
        }
    }
}
