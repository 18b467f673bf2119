package kb.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kb.site.Page;
import kb.report.Problem;
import kb.report.Report;

/**
 * Collects a check's findings about links before reporting them, so a link written in a shared snippet gives one
 * message at the snippet's line however many pages include it. Where the link leads depends on the page (a
 * relative link), so the message names the including pages: pages on which it leads to the same place share one
 * message, "(included by 2 pages, e.g. content/a.md)".
 */
final class IncludedBy {

    /** A finding without the pages, and the site path it is about (null for none). */
    private record Finding(Problem problem, String about) {
    }

    private final Map<Finding, Set<String>> pages = new LinkedHashMap<>();

    /** Records a problem found while checking {@code page}; {@code about} as for {@link Report#addAbout}. */
    void add(Problem problem, String about, Page page) {
        pages.computeIfAbsent(new Finding(problem, about), f -> new TreeSet<>()).add(page.displayName());
    }

    /** Adds each finding once, naming the including pages when it is in another file than the page's own. */
    void reportTo(Report report) {
        pages.forEach((finding, found) -> {
            Problem problem = finding.problem();
            if (!found.contains(problem.file())) {
                String note = found.size() == 1 ? " (in " + found.iterator().next() + ", which includes it)"
                        : " (included by " + found.size() + " pages, e.g. " + found.iterator().next() + ")";
                problem = new Problem(problem.rule(), problem.severity(), problem.file(), problem.line(),
                        problem.column(), problem.message() + note, problem.hint());
            }
            if (finding.about() == null) {
                report.add(problem);
            } else {
                report.addAbout(finding.about(), problem);
            }
        });
    }
}
