package kb.validate;

import java.util.List;
import kb.site.Page;
import kb.citation.Bibliography;
import kb.citation.PageCitations;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Every citation must name a reference of the bibliography and be well formed. The citation extension records
 * what it could not resolve (the page shows it as unresolved); this check reports it at its place in the source.
 */
final class CitationKeyCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        Bibliography bibliography = site.index().bibliography();
        for (Page page : site.index().pages()) {
            PageCitations citations = page.markdown().fact(PageCitations.class);
            if (citations == null) {
                continue;
            }
            for (PageCitations.Unresolved unknown : citations.unknownKeys()) {
                // A bibliography with an error may hold the key in the part that could not be read.
                report.addFollowOn(Problem.error(Rules.CITATION_UNKNOWN_KEY, unknown.file(), unknown.line(), unknown.column(),
                        "citation key \"" + unknown.written() + "\" is not in " + bibliography.displayName(),
                        hint(bibliography, unknown.written())), report.unbuilt().causeIn(bibliography.displayName()));
            }
            for (PageCitations.Malformed bad : citations.malformed()) {
                report.add(Problem.error(Rules.CITATION_SYNTAX, bad.file(), bad.line(), bad.column(),
                        "citation \"" + bad.written() + "\" is not well formed: " + bad.fault(),
                        "write the key right after @, e.g. [@davis2020effect]; several as [@key1; @key2], with a page "
                                + "as [@key, p. 4]; to show the brackets as text, write \\[@"));
            }
        }
    }

    private static String hint(Bibliography bibliography, String key) {
        if (!bibliography.present()) {
            return "create " + bibliography.displayName() + " with this reference (see \"The bibliography file\" in docs/writing.md)";
        }
        List<String> similar = bibliography.similarKeys(key);
        return similar.isEmpty()
                ? "add the reference to " + bibliography.displayName() + ", or correct the key"
                : "did you mean " + String.join(" or ", similar) + "? Otherwise add the reference to " + bibliography.displayName();
    }
}
