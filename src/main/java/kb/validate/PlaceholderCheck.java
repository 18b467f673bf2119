package kb.validate;

import kb.content.PlaceholderFinder;
import kb.site.Page;
import kb.content.FrontMatter;
import kb.content.Placeholder;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;
import kb.report.Severity;

/**
 * Placeholder text ({@code TODO: ...} from {@code kb new}, {@code TBD}, {@code FIXME}) must never be published: on a
 * page that is not a draft it is an error, at the word, whether in a front matter value or in the text (found while
 * the page is parsed, by {@link PlaceholderFinder}). A draft is unfinished by definition and never published; only a
 * preview builds it, and there its placeholders are warnings, so the problem box lists what is left to write
 * without claiming that the production build would fail. On a page that is not a draft they stay errors in the
 * preview too: the production build would fail, and the box says so.
 */
final class PlaceholderCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        for (Page page : site.index().pages()) {
            Severity severity = page.isDraft() ? Severity.WARNING : Severity.ERROR;
            for (FrontMatter.Entry entry : page.frontMatter().entries().values()) {
                if (entry.value() instanceof String value && Placeholder.startsWith(value)) {
                    report.add(Problem.of(Rules.PAGE_PLACEHOLDER, severity, page.displayName(), entry.valueLine(),
                            entry.valueColumn(),
                            "\"" + entry.key() + "\" is still a placeholder: \"" + shorten(value.strip()) + "\"", Rules.PAGE_PLACEHOLDER.hint()));
                }
            }
            PlaceholderFinder.Found found = page.markdown().fact(PlaceholderFinder.Found.class);
            if (found == null) {
                continue;
            }
            for (PlaceholderFinder.Spot spot : found.spots()) {
                report.add(Problem.of(Rules.PAGE_PLACEHOLDER, severity, spot.file(), spot.line(), spot.column(),
                        "placeholder \"" + shorten(spot.text()) + "\" is still in the page", Rules.PAGE_PLACEHOLDER.hint()));
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 67) + "…";
    }
}
