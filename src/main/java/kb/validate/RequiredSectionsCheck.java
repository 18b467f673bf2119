package kb.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kb.build.Page;
import kb.content.RequiredSections;
import kb.report.Problem;
import kb.report.Report;

/**
 * Health pages must carry their safety and evidence sections as {@code ##} headings with the exact text, so a page
 * can never ship without "When not to massage" or its references. "References" must be the last section, since
 * the numbered reference list is rendered at the end of the body.
 */
final class RequiredSectionsCheck implements PageCheck {

    private static final String LAST = "References";
    private static final Pattern HEADING = Pattern.compile("^## +(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    /** A {@code ##} heading and its 1-based line. */
    record Heading(String text, int line) {
    }

    /** A rendered page, in the page pass (its problems are kept while the page is not rendered again). */
    @Override
    public void check(RenderedPage rendered, PageFacts.Builder facts, Report report) {
        if (rendered.page() != null) {
            check(rendered.page(), new SourceSearch(rendered.site().sourceFolder()), report);
        }
    }

    /** Pages that were not rendered (their template failed). */
    @Override
    public void check(BuiltSite site, Report report) {
        SourceSearch sources = new SourceSearch(site.sourceFolder());
        for (Page page : site.index().pages()) {
            if (page.html() == null) {
                check(page, sources, report);
            }
        }
    }

    private static void check(Page page, SourceSearch sources, Report report) {
        List<String> required = RequiredSections.of(page.type());
        if (required.isEmpty()) {
            return;
        }
        List<Heading> headings = headings(sources.text(page.displayName()), page.frontMatter().bodyStartLine());
        List<String> texts = headings.stream().map(Heading::text).toList();
        for (String section : required) {
            if (!texts.contains(section)) {
                report.add(Problem.error("section/missing", page.displayName(), page.frontMatter().lineOf("type"), 1,
                        page.type() + " pages need a \"## " + section + "\" section",
                        "add the heading \"## " + section + "\" with its text (exact wording; see README, Checks)"));
            }
        }
        if (texts.contains(LAST) && !texts.get(texts.size() - 1).equals(LAST)) {
            Heading references = headings.get(texts.indexOf(LAST));
            report.add(Problem.error("section/order", page.displayName(), references.line(), 1,
                    "\"## References\" must be the last section, but \"## " + texts.get(texts.size() - 1)
                            + "\" comes after it",
                    "move the References heading to the end of the file"));
        }
    }

    /** The {@code ##} headings of a Markdown file, outside fenced code, from its body start line on. */
    static List<Heading> headings(String text, int bodyStartLine) {
        List<Heading> headings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = Math.max(0, bodyStartLine - 1); i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(lines[i]);
            if (!fenced && heading.matches()) {
                headings.add(new Heading(heading.group(1), i + 1));
            }
        }
        return headings;
    }
}
