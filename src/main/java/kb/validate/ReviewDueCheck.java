package kb.validate;

import java.time.LocalDate;
import kb.site.Page;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Health advice ages: a page whose {@code next_review} date has passed is a warning, so editors see which pages
 * to re-read. "Today" comes from the validation's clock.
 */
final class ReviewDueCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        LocalDate today = site.settings().today();
        for (Page page : site.index().pages()) {
            LocalDate next = ReviewDates.of(page, "next_review");
            if (next == null || !next.isBefore(today)) {
                continue;
            }
            FrontMatter.Entry entry = page.frontMatter().entry("next_review");
            report.add(Problem.warning(Rules.REVIEW_OVERDUE, page.displayName(), entry.valueLine(), entry.valueColumn(),
                    "this page was due for review on " + next,
                    "re-read the page against its references, then set last_reviewed: " + today
                            + " and a new next_review"));
        }
    }
}
