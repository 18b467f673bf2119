package kb.validate;

import kb.report.Report;

/**
 * The page-local part of a check: runs once on each rendered page during the validator's single pass, while the
 * page's parsed document is alive, and records what later checks across pages need in {@code facts}. Problems
 * added to {@code report} belong to this page alone: they are kept with its facts and reused by preview rebuilds
 * that do not render the page again. A check whose rule also spans pages does that part in
 * {@link Check#check(BuiltSite, Report)}, over the facts only.
 */
@FunctionalInterface
public interface PageCheck extends Check {

    void check(RenderedPage page, PageFacts.Builder facts, Report report);

    @Override
    default void check(BuiltSite site, Report report) {
        // nothing across pages
    }
}
