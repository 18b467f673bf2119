package kb.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.report.Problem;

/**
 * What rendering one page's Markdown produced besides HTML: the links written (for the validator), problems found
 * in the body (kept, not thrown, so the page still renders and the preview can show them), and values for the
 * template model (e.g. the page's cited references).
 */
public final class MarkdownOutcome {

    private String html = "";
    private final List<LinkFact> links = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Object> model = new LinkedHashMap<>();

    public String html() {
        return html;
    }

    void html(String rendered) {
        this.html = rendered;
    }

    public List<LinkFact> links() {
        return links;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Values to add to the page's template model, by key. */
    public Map<String, Object> model() {
        return model;
    }
}
