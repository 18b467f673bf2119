package kb.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records the page's {@code ##} headings (text and anchor id) under {@code toc} in the template model, for the
 * table of contents and the FAQ's structured data, and as {@link SectionHeadings} (text and line) for the checks.
 * The ids come from flexmark's own {@link HeaderIdGenerator} with the document's options, so they are the ids the
 * renderer writes.
 */
public final class HeadingOutline implements DocumentInspector {

    /** Template model key: a list of maps with {@code id} and {@code text}. */
    public static final String KEY = "toc";

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        HeaderIdGenerator ids = new HeaderIdGenerator(document);
        ids.generateIds(document);
        List<Map<String, String>> toc = new ArrayList<>();
        List<SectionHeadings.Heading> sections = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, heading -> {
            if (heading.getLevel() == 2) {
                String text = plainText(heading);
                toc.add(Map.of("id", ids.getId(heading), "text", text));
                sections.add(new SectionHeadings.Heading(text,
                        LinkCollector.position(document, heading.getChars(), page).line()));
            }
        })).visit(document);
        outcome.model().put(KEY, List.copyOf(toc));
        outcome.fact(SectionHeadings.class, new SectionHeadings(sections));
    }

    /** A heading's text without Markdown markup. */
    public static String plainText(Heading heading) {
        return new TextCollectingVisitor().collectAndGetText(heading).strip();
    }
}
