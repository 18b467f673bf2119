package kb.validate;

import kb.report.Report;

/**
 * One validation rule over a built site. Implementations add problems to the report and keep no state. A rule
 * that reads the rendered HTML also implements {@link PageCheck}: its page-local part runs in the validator's
 * single pass over the pages, and this method sees only the facts that pass kept.
 */
@FunctionalInterface
public interface Check {

    void check(BuiltSite site, Report report);
}
