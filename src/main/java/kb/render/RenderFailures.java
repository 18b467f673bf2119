package kb.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * The render problems of one build, reported once per cause. A template that cannot be parsed, or that fails at
 * one line, fails every page using it in the same way: that is one problem at the template line, naming the page
 * (or how many pages, and one of them). Every page that failed is recorded as not built, with its problem as the
 * cause, so what only follows from its absence (its addresses, links to it) is not reported again.
 */
public final class RenderFailures {

    /** One failure as the renderer reported it, and the pages (URL → content file or template) it failed on. */
    private final Map<Problem, Map<String, String>> pagesOf = new LinkedHashMap<>();

    /** A page ({@code file}, published at {@code url}) could not be rendered because of {@code problem}. */
    synchronized void add(Problem problem, String file, String url) {
        pagesOf.computeIfAbsent(problem, p -> new LinkedHashMap<>()).putIfAbsent(url, file);
    }

    /** Adds the problems of rendered pages; returns the number of pages written (those without problems). */
    public int addPages(Map<String, PageRenderer.Rendered> rendered) {
        int written = 0;
        for (Map.Entry<String, PageRenderer.Rendered> page : rendered.entrySet()) {
            for (Problem problem : page.getValue().problems()) {
                add(problem, page.getValue().file(), page.getKey());
            }
            written += page.getValue().problems().isEmpty() ? 1 : 0;
        }
        return written;
    }

    /** Reports each failure once and marks the pages it failed on as not built. */
    public void report(Report report) {
        pagesOf.forEach((problem, pages) -> {
            Problem reported = onPages(problem, pages.size(), new TreeSet<>(pages.values()).first());
            report.add(reported);
            pages.keySet().forEach(url -> report.unbuilt().page(url, reported));
        });
    }

    /**
     * The problem, saying where it happened when it is reported in a template: a syntax error is the template's
     * alone; any other failure names the page it happened on, or how many pages and the first of them.
     */
    private static Problem onPages(Problem problem, int pages, String firstFile) {
        if (pages == 1 && problem.file().equals(firstFile) || problem.is(Rules.TEMPLATE_SYNTAX)) {
            return problem;
        }
        String where = pages == 1 ? " (while rendering " + firstFile + ")"
                : " (on " + pages + " pages, e.g. " + firstFile + ")";
        return new Problem(problem.rule(), problem.severity(), problem.file(), problem.line(), problem.column(),
                problem.message() + where, problem.hint());
    }
}
