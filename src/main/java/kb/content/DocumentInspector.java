package kb.content;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Looks at a parsed page before it is rendered and records facts, problems or template values. Inspectors run in
 * the order {@link MarkdownRenderer} lists them; they must not keep state between documents (pages may be parsed
 * on several threads).
 */
@FunctionalInterface
public interface DocumentInspector {

    void inspect(Document document, PageSource page, MarkdownOutcome outcome);
}
