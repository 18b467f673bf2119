package kb.validate;

import java.util.List;
import kb.build.Page;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;

/** The {@code faq:} front matter field names answers on /faq/ by their anchor; each must exist there. */
final class FaqAnchorCheck implements Check {

    static final String FAQ_URL = "/faq/";

    @Override
    public void check(BuiltSite site, Report report) {
        RenderedPages.Rendered faq = site.rendered().page(FAQ_URL);
        for (Page page : site.index().pages()) {
            FrontMatter.Entry entry = page.frontMatter().entry("faq");
            if (entry == null || !(page.model().get("faq") instanceof List<?> anchors)) {
                continue;
            }
            for (int i = 0; i < anchors.size(); i++) {
                String anchor = String.valueOf(anchors.get(i));
                if (faq != null && faq.ids().contains(anchor)) {
                    continue;
                }
                int line = i < entry.itemLines().size() ? entry.itemLines().get(i) : entry.line();
                report.add(Problem.error("front-matter/faq-anchor", page.displayName(), line, 1,
                        "\"faq\" names \"" + anchor + "\", but "
                                + (faq == null ? "there is no FAQ page at " + FAQ_URL : "/faq/ has no answer with that anchor"),
                        "use the anchor of a question on content/faq.md: its heading in lower case with hyphens, "
                                + "e.g. should-a-massage-hurt"));
            }
        }
    }
}
