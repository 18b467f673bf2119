package kb.validate;

import java.util.List;
import java.util.stream.Collectors;
import kb.site.FaqAnswers;
import kb.site.Page;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * The {@code faq:} front matter field names answers by their anchor alone; each must be a question on exactly one
 * page of type faq (the anchor is looked up across all of them).
 */
final class FaqAnchorCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        FaqAnswers answers = new FaqAnswers(site.index());
        for (Page page : site.index().pages()) {
            FrontMatter.Entry entry = page.frontMatter().entry("faq");
            if (entry == null || !(page.model().get("faq") instanceof List<?> anchors)) {
                continue;
            }
            for (int i = 0; i < anchors.size(); i++) {
                String anchor = String.valueOf(anchors.get(i));
                List<FaqAnswers.Answer> found = answers.withAnchor(anchor);
                if (found.size() == 1) {
                    continue;
                }
                int line = i < entry.itemLines().size() ? entry.itemLines().get(i) : entry.line();
                if (found.isEmpty()) {
                    // A page that could not be read may be the FAQ page that has this question.
                    report.addFollowOn(Problem.error(Rules.FRONT_MATTER_FAQ_ANCHOR, page.displayName(), line, 1,
                            "\"faq\" names \"" + anchor + "\", but no FAQ page (type faq) has a question with that anchor",
                            "use the anchor of a question on one of the FAQ pages in content/faq/: its heading in lower "
                                    + "case with hyphens, e.g. should-a-massage-hurt"),
                            report.unbuilt().anyUnreadPage());
                } else {
                    report.add(Problem.error(Rules.FRONT_MATTER_FAQ_ANCHOR, page.displayName(), line, 1,
                            "\"faq\" names \"" + anchor + "\", but several FAQ pages have a question with that anchor: "
                                    + found.stream().map(a -> a.page().displayName()).collect(Collectors.joining(", ")),
                            "anchors must be unique across the FAQ pages: reword one of the questions"));
                }
            }
        }
    }
}
