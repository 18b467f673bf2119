package kb.serve;

import java.util.ArrayList;
import java.util.List;
import kb.content.Permalinks;
import kb.report.Problem;
import org.jsoup.nodes.Entities;

/**
 * The box at the top of a preview page listing the problems of the last build that concern it: those in its own
 * source file, and those not tied to any page (templates, configuration, assets). A page that is missing because
 * its source could not be built gets every problem. The production site never has this box.
 */
final class ProblemPanel {

    private final List<Problem> problems;
    private final String contentPrefix;

    /**
     * @param problems      the problems of the last build
     * @param contentPrefix how content files start in problem file names, e.g. {@code content/}
     */
    ProblemPanel(List<Problem> problems, String contentPrefix) {
        this.problems = List.copyOf(problems);
        this.contentPrefix = contentPrefix;
    }

    /**
     * The panel for the page at {@code url} (a site URL such as {@code /injuries/x/}), or "" when all is well: the
     * problems of this page and of no page in particular, then the errors of other pages (the build as a whole
     * failed, so the writer must see them wherever they look).
     */
    String forPage(String url) {
        List<Problem> here = new ArrayList<>();
        List<Problem> elsewhere = new ArrayList<>();
        for (Problem problem : problems) {
            String pageUrl = pageUrlOf(problem);
            if (pageUrl == null || pageUrl.equals(url)) {
                here.add(problem);
            } else if (problem.isError()) {
                elsewhere.add(problem);
            }
        }
        return html(here, elsewhere);
    }

    /** The panel for a missing page (its source may be what failed): every problem of the build. */
    String forMissingPage() {
        return html(problems, List.of());
    }

    /** The URL of the page a problem is about, or null when it is not about one content file. */
    private String pageUrlOf(Problem problem) {
        String file = problem.file();
        if (!file.startsWith(contentPrefix) || !file.endsWith(".md")) {
            return null;
        }
        return Permalinks.urlOf(file.substring(contentPrefix.length()));
    }

    private String html(List<Problem> here, List<Problem> elsewhere) {
        if (here.isEmpty() && elsewhere.isEmpty()) {
            return "";
        }
        long errors = problems.stream().filter(Problem::isError).count();
        StringBuilder out = new StringBuilder(512);
        out.append("<aside class=\"kb-preview-problems\" role=\"alert\" aria-labelledby=\"kb-preview-problems-title\">")
                .append("<h2 id=\"kb-preview-problems-title\">")
                .append(here.isEmpty() ? "No problems on this page" : count(here.size(), "problem") + " on this page")
                .append(errors > 0 ? "; the production build would fail with " + count(errors, "error") : "")
                .append("</h2>");
        list(out, here);
        if (!elsewhere.isEmpty()) {
            out.append("<h3>Errors in other files</h3>");
            list(out, elsewhere);
        }
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
