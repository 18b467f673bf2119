package kb.validate;

import java.time.LocalDate;
import kb.site.Page;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/** A page's {@code next_review} must come after its {@code last_reviewed}: a swapped pair is a typing mistake. */
final class ReviewOrderCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            LocalDate last = ReviewDates.of(page, "last_reviewed");
            LocalDate next = ReviewDates.of(page, "next_review");
            if (last == null || next == null || next.isAfter(last)) {
                continue;
            }
            FrontMatter.Entry entry = page.frontMatter().entry("next_review");
            report.add(Problem.error(Rules.FRONT_MATTER_REVIEW_ORDER, page.displayName(), entry.valueLine(), entry.valueColumn(),
                    "\"next_review\" " + next + " is not after \"last_reviewed\" " + last,
                    "set next_review to a later date, e.g. " + last.plusYears(1)));
        }
    }
}
