package kb.validate;

import kb.site.Page;
import kb.callout.CalloutInspector;
import kb.content.ContentTypes;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Every page of a type with {@code care_callout} in the types file must tell readers when to get help: at least one
 * urgent-care call-out ({@code > [!emergency]}, {@code > [!urgent]} or {@code > [!soon]}). An error at the page's
 * first line: a health page that does not say when to get help is not published.
 */
final class CalloutMissingCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            ContentTypes.Type type = site.index().types().type(page.type());
            if (type == null || type.careCallout() == null) {
                continue;
            }
            CalloutInspector.Kinds kinds = page.markdown().fact(CalloutInspector.Kinds.class);
            if (kinds != null && !kinds.hasCareLevel()) {
                report.add(Problem.error(Rules.CALLOUT_MISSING, page.displayName(), 1, 1,
                        "the " + type.label() + " page has no urgent-care call-out, so it does not say when to get help",
                        "put the advice on when to see someone in a call-out: a quotation starting with the line "
                                + "> [!emergency], > [!urgent] or > [!soon]"));
            }
        }
    }
}
