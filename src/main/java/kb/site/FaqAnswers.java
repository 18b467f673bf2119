package kb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.content.HeadingOutline;

/**
 * Every question on the FAQ pages (type {@code faq}, one {@code ##} heading per question), found by its anchor
 * across all of them: the {@code faq:} front matter names answers by anchor alone, so they can move between topic
 * pages without editing every page that names them. An anchor must therefore be unique across the FAQ pages.
 */
public final class FaqAnswers {

    /** The references heading ends every FAQ page; it is not a question. */
    private static final String REFERENCES_ID = "references";

    /** One question: the FAQ page it is on, its anchor and its heading text. */
    public record Answer(Page page, String anchor, String question) {
    }

    private final Map<String, List<Answer>> byAnchor = new LinkedHashMap<>();

    public FaqAnswers(SiteIndex index) {
        for (Page faq : index.ofType("faq")) {
            if (!(faq.markdown().model().get(HeadingOutline.KEY) instanceof List<?> headings)) {
                continue;
            }
            for (Object heading : headings) {
                if (heading instanceof Map<?, ?> h && !REFERENCES_ID.equals(h.get("id"))) {
                    String anchor = String.valueOf(h.get("id"));
                    byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>())
                            .add(new Answer(faq, anchor, String.valueOf(h.get("text"))));
                }
            }
        }
    }

    /** The questions with this anchor: one when all is well, none when unknown, several when ambiguous. */
    public List<Answer> withAnchor(String anchor) {
        return byAnchor.getOrDefault(anchor, List.of());
    }

    /**
     * The template list of the questions a page names in {@code faq:}, in the order written: maps of {@code text},
     * {@code path} (the FAQ page's URL without the leading /) and {@code anchor}. Unknown and ambiguous anchors
     * are left out here and reported by the validator.
     */
    public List<Map<String, String>> relatedTo(Page page) {
        List<Map<String, String>> related = new ArrayList<>();
        if (page.model().get("faq") instanceof List<?> anchors) {
            for (Object anchor : anchors) {
                List<Answer> found = withAnchor(String.valueOf(anchor));
                if (found.size() == 1) {
                    Answer answer = found.get(0);
                    related.add(Map.of("text", answer.question(), "path", answer.page().url().substring(1),
                            "anchor", answer.anchor()));
                }
            }
        }
        return related;
    }
}
