package kb.validate;

import kb.build.Page;
import kb.callout.CalloutInspector;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Every injury page must tell readers when to get help: at least one urgent-care call-out ({@code > [!emergency]},
 * {@code > [!urgent]} or {@code > [!soon]}). An error at the page's first line: a health page that does not say when
 * to get help is not published.
 */
final class CalloutMissingCheck implements Check {

    static final String INJURY = "injury";

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            if (!INJURY.equals(page.type())) {
                continue;
            }
            CalloutInspector.Kinds kinds = page.markdown().fact(CalloutInspector.Kinds.class);
            if (kinds != null && !kinds.hasCareLevel()) {
                report.add(Problem.error(Rules.CALLOUT_MISSING, page.displayName(), 1, 1,
                        "the injury page has no urgent-care call-out, so it does not say when to get help",
                        "put the advice on when to see someone in a call-out: a quotation starting with the line "
                                + "> [!emergency], > [!urgent] or > [!soon]"));
            }
        }
    }
}
