package kb.validate;

import kb.build.Page;
import kb.callout.CalloutInspector;
import kb.content.ContentTypes;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Every page of a type with {@code care_callout} in the types file must tell readers when to get help: at least one
 * urgent-care call-out ({@code > [!emergency]}, {@code > [!urgent]} or {@code > [!soon]}). A warning for now, at
 * the page's first line, while the existing pages move their "when to see a doctor" advice into call-outs.
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
                report.add(Problem.warning(Rules.CALLOUT_MISSING, page.displayName(), 1, 1,
                        "the " + type.label() + " page has no urgent-care call-out, so it does not say when to get help",
                        "put the advice on when to see someone in a call-out: a quotation starting with the line "
                                + "> [!emergency], > [!urgent] or > [!soon]"));
            }
        }
    }
}
