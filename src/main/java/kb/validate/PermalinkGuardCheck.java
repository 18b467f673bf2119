package kb.validate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;

/**
 * The permalink guard: every address in the committed {@code permalinks.txt} must still be published — as a page,
 * a redirect, or (for {@code url#anchor}) an element with that id on the page, such as an anchor alias
 * {@code <a id="old-anchor"></a>} kept above a renamed heading. New addresses that are not listed yet are one
 * warning, until an editor runs {@code kb build --update-permalinks}.
 */
final class PermalinkGuardCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        List<PublishedUrls.Entry> committed;
        try {
            committed = PublishedUrls.committed(site.sourceFolder());
        } catch (IOException e) {
            report.add(Problem.error("permalink/unreadable", PublishedUrls.FILE, 0, 0,
                    "cannot read the list of published URLs: " + FileFailure.reason(e), "check the file's permissions"));
            return;
        }
        if (committed.isEmpty()) {
            return;
        }
        SortedSet<String> current = PublishedUrls.current(site);
        Set<String> listed = new HashSet<>();
        for (PublishedUrls.Entry entry : committed) {
            listed.add(entry.url());
            if (current.contains(entry.url())) {
                continue;
            }
            int hash = entry.url().indexOf('#');
            String url = hash < 0 ? entry.url() : entry.url().substring(0, hash);
            PageFacts page = site.rendered().page(url);
            if (hash < 0 || page == null) {
                if (hash >= 0 && current.contains(url)) {
                    continue; // the page became a redirect: browsers keep the anchor on the way
                }
                report.add(Problem.error("permalink/removed", PublishedUrls.FILE, entry.line(), 1,
                        url + " was published and is gone",
                        "add a redirect to redirects.yaml (" + url + ": /new/address/) or to the new page's aliases:"));
            } else if (!page.ids().contains(entry.url().substring(hash + 1))) {
                report.add(Problem.error("permalink/anchor-removed", PublishedUrls.FILE, entry.line(), 1,
                        entry.url() + " was published, but " + page.file() + " no longer has the anchor #"
                                + entry.url().substring(hash + 1),
                        "keep the old anchor above the renamed heading: <a id=\"" + entry.url().substring(hash + 1) + "\"></a>"));
            }
        }
        List<String> unlisted = new ArrayList<>();
        for (String url : current) {
            if (!listed.contains(url)) {
                unlisted.add(url);
            }
        }
        if (!unlisted.isEmpty()) {
            report.add(Problem.warning("permalink/unlisted", PublishedUrls.FILE, 0, 0,
                    unlisted.size() + " published address" + (unlisted.size() == 1 ? " is" : "es are")
                            + " not in the list yet, e.g. " + unlisted.get(0),
                    "run kb build --update-permalinks and commit permalinks.txt"));
        }
    }
}
