package kb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One mistake, one message: problems that follow from a reported one are counted under it, never lost. */
class ReportTest {

    private static final Problem CAUSE = Problem.error(Rules.FRONT_MATTER_SYNTAX, "content/x.md", 3, 8,
            "front matter is not valid YAML", "quote the value.");
    private static final Problem LINK = Problem.error(Rules.LINK_MISSING_PAGE, "content/a.md", 5, 1,
            "link \"x.md\" leads to /x/, which does not exist", "");

    @Test
    void countsFollowOnsInTheCauseHintAndTheSummaryWithoutListingThem() {
        Report report = new Report();
        report.add(CAUSE);
        report.unbuilt().page("/x/", CAUSE);
        report.addAbout("/x/#a-heading", LINK);
        report.addAbout("/x", Problem.error(Rules.REDIRECT_MISSING_TARGET, "redirects.yaml", 1, 1, "to /x", ""));
        report.addAbout("/y/", Problem.error(Rules.LINK_MISSING_PAGE, "content/a.md", 6, 1, "to /y/", ""));

        List<Problem> listed = report.problems();
        assertEquals(List.of("link/missing-page", "front-matter/syntax"), listed.stream().map(Problem::rule).toList());
        assertEquals("quote the value. 2 other problems follow from this one and are not listed; fix this first",
                listed.get(1).hint());
        assertEquals(2, report.followOns().size());
        assertEquals(2, report.errorCount());
        assertEquals("2 errors, 0 warnings (and 2 that follow from them, not listed)", report.summary());
    }

    @Test
    void listsTheSameProblemFoundTwiceOnceAndCountsItOnce() {
        // A shared snippet's problem is found again by every page that includes it.
        Problem inSnippet = Problem.error(Rules.CITATION_UNKNOWN_KEY, "content/_snippets/ask-us.md", 3, 42,
                "citation key \"x\" is not in content/bibliography.yaml", "");
        Report report = new Report();
        report.add(inSnippet);
        report.add(LINK);
        report.add(inSnippet);
        report.add(CAUSE);
        report.unbuilt().page("/x/", CAUSE);
        report.addAbout("/x/", LINK);
        report.addAbout("/x/", LINK);
        assertEquals(List.of(inSnippet.headline(), LINK.headline(), CAUSE.headline()),
                report.problems().stream().map(Problem::headline).toList());
        assertEquals("quote the value. 1 other problem follows from this one and is not listed; fix this first",
                report.problems().get(2).hint());
        assertEquals("3 errors, 0 warnings (and 1 that follow from them, not listed)", report.summary());
    }

    @Test
    void listsAFollowOnWhoseCauseWasNeverReported() {
        Report report = new Report();
        report.addFollowOn(LINK, CAUSE);
        assertEquals(List.of(LINK), report.problems());
        assertEquals(List.of(), report.followOns());
        assertTrue(report.hasErrors());
    }

    @Test
    void findsTheUnbuiltPageOfAnAddressBySlugAndTheFirstUnreadSourceInReportOrder() {
        Unbuilt unbuilt = new Unbuilt();
        Problem later = Problem.error(Rules.BIBLIOGRAPHY_SYNTAX, "content/bibliography.yaml", 2, 1, "bad", "");
        unbuilt.source("content/bibliography.yaml", later);
        unbuilt.unreadPage("/techniques/cupping/", "content/techniques/cupping.md", CAUSE);
        assertEquals(CAUSE, unbuilt.causeOf("/techniques/cupping/#evidence"));
        assertEquals(CAUSE, unbuilt.causeOfSlug("cupping"));
        assertNull(unbuilt.causeOfSlug("ping"));
        assertEquals(later, unbuilt.anyUnreadSource(), "the first in report order: content/bibliography.yaml");
        assertEquals(CAUSE, unbuilt.anyUnreadPage());
        assertNull(unbuilt.anyOtherThan("/techniques/cupping/"));
        assertEquals(later, unbuilt.causeIn("content/bibliography.yaml"));
    }

    @Test
    void withdrawsSelectedErrorsOnlyWhenNoOtherErrorRemains() {
        Report report = new Report();
        Problem removal = Problem.error(Rules.PERMALINK_REMOVED, "permalinks.txt", 2, 1, "/x/ was published and is gone", "");
        report.add(removal);
        report.add(Problem.warning(Rules.PAGE_UNLINKED, "content/a.md", 1, 1, "no page links to /a/", ""));
        report.add(LINK);
        assertEquals(List.of(), report.withdrawIfOnlyErrors(p -> p.rule().equals("permalink/removed")));
        assertEquals(3, report.problems().size());

        Report clean = new Report();
        clean.add(removal);
        assertEquals(List.of(removal), clean.withdrawIfOnlyErrors(p -> p.rule().equals("permalink/removed")));
        assertEquals(List.of(), clean.problems());
    }

    @Test
    void revisingChangesSeveritiesDropsProblemsAndKeepsFollowOnsUnderTheirRevisedCause() {
        Report report = new Report();
        report.add(CAUSE);
        report.addFollowOn(LINK, CAUSE);
        Problem unlinked = Problem.warning(Rules.PAGE_UNLINKED, "content/b.md", 1, 1, "no page links to /b/", "");
        Problem claim = Problem.warning(Rules.CLAIM_UNCITED, "content/b.md", 4, 1, "a claim", "");
        report.add(unlinked);
        report.add(claim);

        report.revise(p -> p.is(Rules.PAGE_UNLINKED) ? null
                : p.is(Rules.CLAIM_UNCITED) ? p.withSeverity(Severity.ERROR) : p);

        assertEquals(List.of("content/b.md:4:1: a claim [claim/uncited]",
                "content/x.md:3:8: front matter is not valid YAML [front-matter/syntax]"),
                report.problems().stream().map(Problem::headline).toList());
        assertEquals(List.of(LINK), report.followOns());

        report.revise(p -> p.is(Rules.FRONT_MATTER_SYNTAX) ? null : p);
        assertTrue(report.problems().contains(LINK), "the follow-on of a dropped cause is listed itself");
    }
}
