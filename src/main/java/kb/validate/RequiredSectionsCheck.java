package kb.validate;

import java.util.List;
import kb.site.Page;
import kb.content.ContentTypes;
import kb.content.RequiredSections;
import kb.content.SectionHeadings;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Pages must carry the {@code ##} headings their type requires ({@code sections:} in the types file) with the
 * exact text, so a health page can never ship without its safety advice or its references. The headings are the ones flexmark parsed
 * ({@link SectionHeadings}), compared by their text without markup. "References" must be the last section, since
 * the numbered reference list is rendered at the end of the body.
 */
final class RequiredSectionsCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            ContentTypes.Type type = site.index().types().type(page.type());
            check(page, type == null ? List.of() : type.sections(), report);
        }
    }

    private static void check(Page page, List<String> required, Report report) {
        SectionHeadings found = page.markdown().fact(SectionHeadings.class);
        if (required.isEmpty() || found == null) {
            return;
        }
        List<SectionHeadings.Heading> headings = found.headings();
        List<String> texts = headings.stream().map(SectionHeadings.Heading::text).toList();
        for (String section : required) {
            if (!texts.contains(section)) {
                report.add(Problem.error(Rules.SECTION_MISSING, page.displayName(), page.frontMatter().lineOf("type"), 1,
                        page.type() + " pages need a \"## " + section + "\" section",
                        "add the heading \"## " + section + "\" with its text (exact wording; see docs/writing.md, \"Sections\")"));
            }
        }
        if (texts.contains(RequiredSections.REFERENCES) && !texts.get(texts.size() - 1).equals(RequiredSections.REFERENCES)) {
            SectionHeadings.Heading references = headings.get(texts.indexOf(RequiredSections.REFERENCES));
            report.add(Problem.error(Rules.SECTION_ORDER, page.displayName(), references.line(), 1,
                    "\"## References\" must be the last section, but \"## " + texts.get(texts.size() - 1)
                            + "\" comes after it",
                    "move the References heading to the end of the file"));
        }
    }
}
