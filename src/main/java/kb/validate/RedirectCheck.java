package kb.validate;

import java.util.HashMap;
import java.util.Map;
import kb.site.Redirect;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rule;
import kb.report.Rules;

/**
 * Redirects ({@code redirects.yaml}, {@code aliases:}, {@code short:}, moved bibliography parts) must lead from a
 * clean, unused address to an address the site publishes (a page, or a site-wide output such as
 * {@code /references/} and its parts), and each old address may be declared once.
 */
final class RedirectCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        Map<String, Redirect> seen = new HashMap<>();
        for (Redirect redirect : site.redirects()) {
            String from = redirect.from();
            if (!redirect.hasCleanFrom()) {
                add(report, redirect, Rules.REDIRECT_BAD_URL, "old address \"" + from + "\" is not a site URL",
                        "write it as a path starting and ending with /, in lower case, e.g. /injuries/patellofemoral-pain/");
            } else if (site.index().byUrl(from) != null) {
                add(report, redirect, Rules.REDIRECT_CONFLICT, from + " is a page of the site, so it cannot redirect",
                        "remove the redirect, or move the page " + site.index().byUrl(from).displayName());
            } else if (seen.containsKey(from)) {
                Redirect first = seen.get(from);
                add(report, redirect, Rules.REDIRECT_DUPLICATE, from + " already redirects to " + first.to()
                        + " (" + first.file() + ":" + first.line() + ")", "keep one redirect for each old address");
            }
            if (!site.publishes(redirect.to())) {
                report.addAbout(redirect.to(), Problem.error(Rules.REDIRECT_MISSING_TARGET, redirect.file(), redirect.line(),
                        redirect.column(), "redirect from " + from + " leads to " + redirect.to()
                                + ", which the site does not publish",
                        "redirect to the address of a page or of a site-wide page such as /references/, written as"
                                + " it appears in permalinks.txt, e.g. /injuries/runners-knee/"));
            }
            seen.putIfAbsent(from, redirect);
        }
    }

    private static void add(Report report, Redirect redirect, Rule rule, String message, String hint) {
        report.add(Problem.error(rule, redirect.file(), redirect.line(), redirect.column(), message, hint));
    }
}
