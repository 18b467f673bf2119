package kb.serve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import kb.content.Permalinks;
import kb.report.Problem;
import org.jsoup.nodes.Entities;

/**
 * What a preview page shows of the last build's problems, at its top: a banner with the problems of the site as a
 * whole (bibliography, assets, templates, permalinks, settings, and pages that could not be served at all), and a
 * box with the problems of this page only, which says when the production build would fail because of other pages
 * and links to them. A missing page gets every problem. The production site never has either.
 */
final class ProblemPanel {

    private final List<Problem> problems;
    private final String contentPrefix;
    private final Predicate<String> served;

    /**
     * @param problems      the problems of the last build
     * @param contentPrefix how content files start in problem file names, e.g. {@code content/}
     * @param served        whether the preview has a page at a URL; a page's problems show on it only if it does
     */
    ProblemPanel(List<Problem> problems, String contentPrefix, Predicate<String> served) {
        this.problems = List.copyOf(problems);
        this.contentPrefix = contentPrefix;
        this.served = served;
    }

    /** The banner and the box for the page at {@code url} (a site URL such as {@code /injuries/x/}); "" if all is well. */
    String forPage(String url) {
        List<Problem> site = new ArrayList<>();
        List<Problem> page = new ArrayList<>();
        Set<String> failingPages = new LinkedHashSet<>();
        for (Problem problem : problems) {
            String pageUrl = servedPageOf(problem);
            if (pageUrl == null) {
                site.add(problem);
            } else if (pageUrl.equals(url)) {
                page.add(problem);
            } else if (problem.isError()) {
                failingPages.add(problem.file());
            }
        }
        return siteBanner(site) + pageBox(page, failingPages);
    }

    /** For a missing page (its source may be what failed): the site banner and every page's problems. */
    String forMissingPage() {
        List<Problem> site = new ArrayList<>();
        List<Problem> pages = new ArrayList<>();
        for (Problem problem : problems) {
            (servedPageOf(problem) == null ? site : pages).add(problem);
        }
        if (pages.isEmpty()) {
            return siteBanner(site);
        }
        StringBuilder out = open("kb-preview-problems", "kb-preview-problems-title",
                count(pages.size(), "problem") + " in the site's pages" + failing());
        list(out, pages);
        return siteBanner(site) + close(out);
    }

    /** The URL of the served page a problem is about, or null when it concerns the site as a whole. */
    private String servedPageOf(Problem problem) {
        String file = problem.file();
        if (!file.startsWith(contentPrefix) || !file.endsWith(".md")) {
            return null;
        }
        String url = Permalinks.urlOf(file.substring(contentPrefix.length()));
        return served.test(url) ? url : null;
    }

    private String siteBanner(List<Problem> site) {
        if (site.isEmpty()) {
            return "";
        }
        StringBuilder out = open("kb-preview-problems kb-preview-site", "kb-preview-site-title",
                count(site.size(), "problem") + " with the whole site" + failing());
        list(out, site);
        return close(out);
    }

    private String pageBox(List<Problem> page, Set<String> failingPages) {
        if (page.isEmpty() && failingPages.isEmpty()) {
            return "";
        }
        StringBuilder out = open("kb-preview-problems", "kb-preview-problems-title",
                (page.isEmpty() ? "No problems on this page" : count(page.size(), "problem") + " on this page")
                        + failing());
        list(out, page);
        if (!failingPages.isEmpty()) {
            out.append("<p>Errors on ").append(failingPages.size() == 1 ? "another page" : "other pages").append(": ");
            String separator = "";
            for (String file : failingPages) {
                out.append(separator).append("<a href=\"")
                        .append(escape(Permalinks.urlOf(file.substring(contentPrefix.length())))).append("\">")
                        .append(escape(file)).append("</a>");
                separator = ", ";
            }
            out.append("</p>");
        }
        return close(out);
    }

    /** "; the production build would fail with 2 errors" when it would. */
    private String failing() {
        long errors = problems.stream().filter(Problem::isError).count();
        return errors > 0 ? "; the production build would fail with " + count(errors, "error") : "";
    }

    private static StringBuilder open(String classes, String titleId, String title) {
        return new StringBuilder(512).append("<aside class=\"").append(classes).append("\" role=\"alert\"")
                .append(" aria-labelledby=\"").append(titleId).append("\"><h2 id=\"").append(titleId).append("\">")
                .append(escape(title)).append("</h2>");
    }

    private static String close(StringBuilder out) {
        return out.append("<p class=\"kb-note\">Shown by the preview only; the terminal lists every problem.</p></aside>")
                .toString();
    }

    private static void list(StringBuilder out, List<Problem> shown) {
        if (shown.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (Problem problem : shown) {
            out.append("<li class=\"").append(problem.isError() ? "kb-error" : "kb-warning").append("\">")
                    .append("<code>").append(escape(where(problem))).append("</code>: ")
                    .append(escape(problem.message()))
                    .append(" <span class=\"kb-rule\">[").append(escape(problem.rule())).append("]</span>");
            if (!problem.hint().isEmpty()) {
                out.append("<br><span class=\"kb-hint\">").append(escape(problem.hint())).append("</span>");
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private static String where(Problem problem) {
        if (problem.line() == 0) {
            return problem.file();
        }
        return problem.file() + ", line " + problem.line() + (problem.column() > 0 ? ", column " + problem.column() : "");
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
