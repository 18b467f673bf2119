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
    private final Map<Class<?>, Object> facts = new LinkedHashMap<>();

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

    /** Records a typed fact for later stages (e.g. the page's citations, for the validator), one per type. */
    public <T> void fact(Class<T> type, T value) {
        facts.put(type, value);
    }

    /** The fact of this type an inspector recorded, or null. */
    public <T> T fact(Class<T> type) {
        return type.cast(facts.get(type));
    }
}
