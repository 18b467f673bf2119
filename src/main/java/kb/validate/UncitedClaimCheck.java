package kb.validate;

import kb.claim.ClaimFinder;
import kb.claim.Sentences;
import kb.site.Page;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * A sentence that states a figure (a number, a percentage) or leans on research ("studies show") without a
 * citation is a warning: readers must be able to check health claims. The sentences are found in the Markdown
 * while each page is parsed ({@link ClaimFinder}, rules in {@link Sentences}); this check reports them.
 */
final class UncitedClaimCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            ClaimFinder.Claims found = page.markdown().fact(ClaimFinder.Claims.class);
            if (found == null) {
                continue;
            }
            for (ClaimFinder.Claim claim : found.claims()) {
                report.add(Problem.warning(Rules.CLAIM_UNCITED, claim.file(), claim.line(), claim.column(),
                        "\"" + shorten(claim.sentence()) + "\" states " + Sentences.what(claim.sentence())
                                + " but cites no source",
                        Rules.CLAIM_UNCITED.hint()));
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "…";
    }
}
