package kb.validate;

import java.util.HashSet;
import java.util.Set;
import kb.site.Page;
import kb.citation.PageCitations;
import kb.citation.Reference;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * A bibliography entry no published page cites is probably a leftover or a forgotten citation: a warning at the
 * entry's line (it still appears on the references page).
 */
final class UnusedReferenceCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        Set<String> cited = new HashSet<>();
        for (Page page : site.index().pages()) {
            PageCitations citations = page.markdown().fact(PageCitations.class);
            if (citations != null) {
                citations.cited().forEach(c -> cited.add(c.key()));
            }
        }
        for (Reference reference : site.index().bibliography().references()) {
            if (!cited.contains(reference.key())) {
                report.add(Problem.warning(Rules.BIBLIOGRAPHY_UNUSED, site.index().bibliography().displayName(),
                        reference.line(), 0, "reference \"" + reference.key() + "\" is not cited on any page",
                        "cite it with [@" + reference.key() + "] where it supports the text, or remove the entry"));
            }
        }
    }
}
