package kb.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.content.HeadingOutline;

/**
 * Every question on the pages of one question type ({@code questions: true} in the types file, one {@code ##}
 * heading per question), found by its anchor across all of them: a questions field ({@code kind: questions}) names
 * answers by anchor alone, so they can move between topic pages without editing every page that names them. An
 * anchor must therefore be unique across the pages of that type.
 */
public final class FaqAnswers {

    /** The references heading ends a question page; it is not a question. */
    private static final String REFERENCES_ID = "references";

    /** One question: the FAQ page it is on, its anchor and its heading text. */
    public record Answer(Page page, String anchor, String question) {
    }

    private final Map<String, List<Answer>> byAnchor = new LinkedHashMap<>();

    /** The questions on the pages of {@code type}. */
    public FaqAnswers(SiteIndex index, String type) {
        for (Page page : index.ofType(type)) {
            if (!(page.markdown().model().get(HeadingOutline.KEY) instanceof List<?> headings)) {
                continue;
            }
            for (Object heading : headings) {
                if (heading instanceof Map<?, ?> h && !REFERENCES_ID.equals(h.get("id"))) {
                    String anchor = String.valueOf(h.get("id"));
                    byAnchor.computeIfAbsent(anchor, k -> new ArrayList<>())
                            .add(new Answer(page, anchor, String.valueOf(h.get("text"))));
                }
            }
        }
    }

    /** The questions with this anchor: one when all is well, none when unknown, several when ambiguous. */
    public List<Answer> withAnchor(String anchor) {
        return byAnchor.getOrDefault(anchor, List.of());
    }

    /**
     * The template list of the questions a page names in its questions field {@code field}, in the order written:
     * maps of {@code text}, {@code path} (the question page's URL without the leading /) and {@code anchor}.
     * Unknown and ambiguous anchors are left out here and reported by the validator.
     */
    public List<Map<String, String>> relatedTo(Page page, String field) {
        List<Map<String, String>> related = new ArrayList<>();
        if (page.model().get(field) instanceof List<?> anchors) {
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
