package kb.validate;

import java.util.List;
import kb.report.Report;

/** Runs every check into one report. */
public final class Validator {

    private final List<Check> checks;

    public Validator(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks every build runs; what they need from outside (clock, online mode) comes with the site. */
    public static Validator standard() {
        return new Validator(List.of(
                new InternalLinkCheck(),
                new CitationKeyCheck(),
                new UnusedReferenceCheck(),
                new PageSecurityCheck(),
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
                new UncitedClaimCheck()));
    }

    /**
     * Runs the checks on all cores: they keep no state, share only the site's lazily parsed pages (computed once,
     * under a lock), and add to a synchronized report whose order does not depend on who added first.
     */
    public void validate(BuiltSite site, Report report) {
        checks.parallelStream().forEach(check -> check.check(site, report));
    }
}
