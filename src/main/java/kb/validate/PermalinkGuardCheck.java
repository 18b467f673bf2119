package kb.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * The permalink guard: every address in the committed {@code permalinks.txt} must still be published — as a page,
 * a redirect, or (for {@code url#anchor}) an element with that id on the page, such as an anchor alias
 * {@code <a id="old-anchor"></a>} kept above a renamed heading. New addresses that are not listed yet are one
 * warning, until an editor runs {@code kb build --update-permalinks}, which also retires addresses that are gone
 * when nothing else is wrong. An address of a page that could not be built is not reported: that page's own error
 * is.
 */
final class PermalinkGuardCheck implements Check {

    private static final String RETIRE = "; if it is meant to go, run kb build --update-permalinks, which retires it"
            + " from permalinks.txt and prints every address it retires";

    @Override
    public void check(BuiltSite site, Report report) {
        List<PublishedUrls.Entry> committed;
        try {
            committed = PublishedUrls.committed(site.sourceFolder());
        } catch (IOException e) {
            report.add(Problem.error(Rules.PERMALINK_UNREADABLE, PublishedUrls.FILE, 0, 0,
                    "cannot read the list of published URLs: " + FileFailure.reason(e), "check the file's permissions"));
            return;
        }
        if (committed.isEmpty()) {
            return;
        }
        for (PublishedUrls.Gone gone : PublishedUrls.gone(site, committed)) {
            String address = gone.entry().url();
            int line = gone.entry().line();
            if (gone.page() == null) {
                // A page that was not built, or a source that could not be read (which may have published this
                // address as a short link, alias or reference page), explains the absence: its error comes first.
                Problem cause = report.unbuilt().causeOf(gone.pageUrl());
                report.addFollowOn(Problem.error(Rules.PERMALINK_REMOVED, PublishedUrls.FILE, line, 1,
                        address + " was published and is gone",
                        "add a redirect to redirects.yaml (" + gone.pageUrl() + ": /new/address/) or to the new page's"
                                + " aliases" + RETIRE),
                        cause != null ? cause : report.unbuilt().anyUnreadSource());
            } else {
                report.add(Problem.error(Rules.PERMALINK_ANCHOR_REMOVED, PublishedUrls.FILE, line, 1,
                        address + " was published, but " + gone.page().file() + " no longer has the anchor #"
                                + gone.anchor(),
                        "keep the old anchor above the renamed heading: <a id=\"" + gone.anchor() + "\"></a>" + RETIRE));
            }
        }
        Set<String> listed = new HashSet<>();
        committed.forEach(entry -> listed.add(entry.url()));
        List<String> unlisted = new ArrayList<>();
        for (String url : PublishedUrls.current(site)) {
            if (!listed.contains(url)) {
                unlisted.add(url);
            }
        }
        if (!unlisted.isEmpty()) {
            report.add(Problem.warning(Rules.PERMALINK_UNLISTED, PublishedUrls.FILE, 0, 0,
                    unlisted.size() + " published address" + (unlisted.size() == 1 ? " is" : "es are")
                            + " not in the list yet, e.g. " + unlisted.get(0),
                    "run kb build --update-permalinks and commit permalinks.txt"));
        }
    }
}
