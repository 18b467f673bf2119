package kb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import org.junit.jupiter.api.Test;

/** The JSON report escapes what messages quote (titles, hrefs) and keeps the report's order and counts. */
class JsonReportTest {

    @Test
    void writesCountsAndEscapedProblemsInReportOrder() {
        Report report = new Report();
        report.add(Problem.warning(Rules.PAGE_UNLINKED, "content/b.md", 1, 1, "no page links to /b/", ""));
        report.add(Problem.error(Rules.LINK_MISSING_PAGE, "content/a.md", 3, 7, "link \"x\\y\"\nbroken\t", "fix it"));

        assertEquals("""
                {
                  "errors": 1,
                  "warnings": 1,
                  "problems": [
                    {"rule": "link/missing-page", "severity": "error", "file": "content/a.md", "line": 3, "column": 7, "message": "link \\"x\\\\y\\"\\nbroken\\t", "hint": "fix it"},
                    {"rule": "page/unlinked", "severity": "warning", "file": "content/b.md", "line": 1, "column": 1, "message": "no page links to /b/", "hint": ""}
                  ]
                }
                """, JsonReport.toJson(report));
    }
}
