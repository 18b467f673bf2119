package kb.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kb.site.FaqAnswers;
import kb.site.Page;
import kb.content.ContentTypes;
import kb.content.FrontMatter;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * A questions field ({@code kind: questions} in the types file) names answers by their anchor alone; each must be a
 * question on exactly one page of the type the field names (the anchor is looked up across all of them).
 */
final class FaqAnchorCheck implements Check {

    @Override
    public void check(BuiltSite site, Report report) {
        ContentTypes types = site.index().types();
        Map<String, FaqAnswers> answersByType = new HashMap<>();
        for (Page page : site.index().pages()) {
            for (ContentTypes.Field field : types.fields().values()) {
                if (field.kind() == ContentTypes.Kind.QUESTIONS) {
                    ContentTypes.Type target = types.type(field.to());
                    FaqAnswers answers = answersByType.computeIfAbsent(target.name(),
                            name -> new FaqAnswers(site.index(), name));
                    check(page, field, target, answers, report);
                }
            }
        }
    }

    private static void check(Page page, ContentTypes.Field field, ContentTypes.Type target, FaqAnswers answers,
                              Report report) {
        FrontMatter.Entry entry = page.frontMatter().entry(field.name());
        if (entry == null || !(page.model().get(field.name()) instanceof List<?> anchors)) {
            return;
        }
        String label = target.label();
        for (int i = 0; i < anchors.size(); i++) {
            String anchor = String.valueOf(anchors.get(i));
            List<FaqAnswers.Answer> found = answers.withAnchor(anchor);
            if (found.size() == 1) {
                continue;
            }
            int line = i < entry.itemLines().size() ? entry.itemLines().get(i) : entry.line();
            String quoted = "\"" + field.name() + "\" names \"" + anchor + "\", but ";
            if (found.isEmpty()) {
                String folder = target.folder() == null ? "content/" : "content/" + target.folder() + "/";
                // A page that could not be read may be the question page that has this question.
                report.addFollowOn(Problem.error(Rules.FRONT_MATTER_FAQ_ANCHOR, page.displayName(), line, 1,
                        quoted + "no " + label + " page (type " + target.name() + ") has a question with that anchor",
                        "use the anchor of a question on one of the " + label + " pages in " + folder + ": its "
                                + "heading in lower case with hyphens, e.g. should-a-massage-hurt"),
                        report.unbuilt().anyUnreadPage());
            } else {
                report.add(Problem.error(Rules.FRONT_MATTER_FAQ_ANCHOR, page.displayName(), line, 1,
                        quoted + "several " + label + " pages have a question with that anchor: "
                                + found.stream().map(a -> a.page().displayName()).collect(Collectors.joining(", ")),
                        "anchors must be unique across the " + label + " pages: reword one of the questions"));
            }
        }
    }
}
