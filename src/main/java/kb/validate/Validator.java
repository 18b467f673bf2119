package kb.validate;

import java.util.List;
import java.util.Map;
import kb.parallel.AllCores;
import kb.report.Report;

/**
 * Runs every check into one report: first one pass over the rendered pages, in which each page is parsed once and
 * the page-local part of every {@link PageCheck} runs on it, then the checks across pages, over the facts the pass
 * kept. The facts of each page are remembered, so a preview rebuild checks again only the pages it rendered again.
 */
public final class Validator {

    private final List<Check> checks;
    private final List<PageCheck> pageChecks;
    private volatile Map<String, PageFacts> known = Map.of();

    public Validator(List<Check> checks) {
        this.checks = List.copyOf(checks);
        this.pageChecks = this.checks.stream().filter(PageCheck.class::isInstance).map(PageCheck.class::cast).toList();
    }

    /** The checks every build runs; what they need from outside (clock, online mode) comes with the site. */
    public static Validator standard() {
        return new Validator(List.of(
                new InternalLinkCheck(),
                new CitationKeyCheck(),
                new UnusedReferenceCheck(),
                new PageSecurityCheck(),
                new RenderedBodySafetyCheck(),
                new AnchorCheck(),
                new RenderedLinkCheck(),
                new ImageAltCheck(),
                new FrontMatterImageCheck(),
                new FaqAnchorCheck(),
                new ReviewOrderCheck(),
                new UnlinkedPageCheck(),
                new ExternalLinkCheck(),
                new OnlineLinkCheck(),
                new RedirectCheck(),
                new PermalinkGuardCheck(),
                new ReviewDueCheck(),
                new RequiredSectionsCheck(),
                new UncitedClaimCheck(),
                new CalloutMissingCheck(),
                new PlaceholderCheck()));
    }

    /**
     * Runs the page pass, then the checks across pages on all cores: they keep no state, share only the pass's
     * facts, and add to a synchronized report whose order does not depend on who added first.
     */
    public void validate(BuiltSite site, Report report) {
        if (!pageChecks.isEmpty()) {
            RenderedPages pages = RenderedPages.check(site, pageChecks, known, report);
            site.rendered(pages);
            known = pages.contentPages();
        }
        AllCores.forEach(checks, true, check -> check.check(site, report));
    }
}
