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
        section.put("text", tidied(text));
        sections.add(section);
    }

    /**
     * The text with each run of white space as one space, and no space before a full stop, comma, semicolon or
     * colon: a citation leaves nothing in the text, and the space before its full stop goes with it. One pass over
     * the characters (two regular expressions over every section of the site cost a twentieth of the parse stage).
     */
    static String tidied(CharSequence text) {
        StringBuilder tidy = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && c != '.' && c != ',' && c != ';' && c != ':') {
                tidy.append(' ');
            }
            space = false;
            tidy.append(c);
        }
        return space ? tidy.append(' ').toString() : tidy.toString();
    }
}
