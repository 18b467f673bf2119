package kb.validate;

import kb.report.Report;

/** One validation rule over a built site. Implementations add problems to the report and keep no state. */
@FunctionalInterface
public interface Check {

    void check(BuiltSite site, Report report);
}
