package kb.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the page's text section by section for the site search (template model key {@value #KEY}): the text
 * before the first {@code ##} heading (id {@code ""}), then each {@code ##} section with its anchor id, heading and
 * plain text, so a search result can lead to the section (or FAQ answer) that matched. The references section is
 * left out (its text is the bibliography's, not the page's). Raw HTML blocks are left out: their text would
 * arrive with its markup.
 */
public final class SearchSections implements DocumentInspector {

    /** Template model key: a list of maps with {@code id}, {@code heading} and {@code text}. */
    public static final String KEY = "search_sections";

    private static final String REFERENCES = "references";

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        HeaderIdGenerator ids = new HeaderIdGenerator(document);
        ids.generateIds(document);
        List<Map<String, String>> sections = new ArrayList<>();
        String id = "";
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() <= 2) {
                add(sections, id, heading, text);
                id = ids.getId(h);
                heading = HeadingOutline.plainText(h);
                text.setLength(0);
            } else if (!(node instanceof HtmlBlock || node instanceof HtmlCommentBlock)) {
                String plain = new TextCollectingVisitor().collectAndGetText(node).strip();
                if (!plain.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(plain);
                }
            }
        }
        add(sections, id, heading, text);
        outcome.model().put(KEY, List.copyOf(sections));
    }

    private static void add(List<Map<String, String>> sections, String id, String heading, StringBuilder text) {
        if (REFERENCES.equals(id) || id == null || id.isEmpty() && text.length() == 0) {
            return;
        }
        Map<String, String> section = new LinkedHashMap<>();
        section.put("id", id);
        section.put("heading", heading);
        // A citation leaves nothing in the text; the space before its full stop goes with it.
        section.put("text", text.toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:])", "$1"));
        sections.add(section);
    }
}
