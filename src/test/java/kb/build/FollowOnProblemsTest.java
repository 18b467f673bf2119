package kb.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import kb.report.Problem;
import kb.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One mistake, one message: what only follows from a reported failure is kept out of the list, counted in the
 * cause's hint and the summary, and still known to the report (the fixtures check what is listed).
 */
class FollowOnProblemsTest {

    @TempDir
    Path temp;

    @Test
    void aPageThatCannotBeReadHidesTheLinksAddressesAndRedirectsThatFollowFromIt() throws Exception {
        Report report = build("cascade-yaml-typo");
        List<Problem> listed = report.problems();
        assertEquals(1, listed.size(), listed::toString);
        assertEquals("front-matter/syntax", listed.get(0).rule());
        List<String> hidden = report.followOns().stream().map(Problem::headline).toList();
        assertEquals(List.of(
                "content/faq/questions.md:6:5: link \"../broken.md#a-heading\" leads to /broken/, which does not exist [link/missing-page]",
                "content/index.md:6:5: link \"broken.md\" leads to /broken/, which does not exist [link/missing-page]",
                "content/index.md:6:35: link \"broken.md#a-heading\" leads to /broken/, which does not exist [link/missing-page]",
                "permalinks.txt:2:1: /broken/ was published and is gone [permalink/removed]",
                "permalinks.txt:3:1: /broken/#a-heading was published and is gone [permalink/removed]",
                "redirects.yaml:1:1: redirect from /old/ leads to /broken/, which the site does not publish [redirect/missing-target]"),
                hidden);
        assertTrue(listed.get(0).hint().endsWith("6 other problems follow from this one and are not listed; fix this first"),
                listed.get(0).hint());
        assertTrue(report.summary().endsWith("(and 6 that follow from them, not listed)"), report.summary());
    }

    @Test
    void aTemplateRuntimeErrorOnManyPagesIsOneProblemAndTheirAddressesFollowFromIt() throws Exception {
        Report report = build("cascade-template-runtime");
        assertEquals(1, report.problems().size(), report.problems()::toString);
        assertTrue(report.followOns().stream().allMatch(p -> p.rule().equals("page/unlinked")), report.followOns()::toString);
    }

    @Test
    void aBibliographyThatCannotBeReadHidesTheCitationsOfItsKeys() throws Exception {
        Report report = build("cascade-bibliography");
        assertEquals(List.of("bibliography/syntax"), report.problems().stream().map(Problem::rule).toList());
        assertEquals(3, report.followOns().stream().filter(p -> p.rule().equals("citation/unknown-key")).count(),
                report.followOns()::toString);
    }

    private Report build(String fixture) throws Exception {
        Path site = FixtureSitesTest.SITES.resolve(fixture);
        return new SiteBuilder().build(BuildOptions.production(site, temp.resolve("out")).withClock(FixtureSitesTest.TODAY))
                .report();
    }
}
