package kb.snippet;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;

/**
 * Reports a page's include of an unknown snippet at the name, with the nearest name. Includes inside snippets are
 * checked once by {@link SnippetLibrary}, so only the page's own include lines (not those of included snippets)
 * are looked at here.
 */
public final class SnippetInspector implements DocumentInspector {

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        SnippetLibrary library = SnippetExtension.LIBRARY.get(document);
        visit(document, document, page, outcome, library);
    }

    private static void visit(Node parent, Document document, PageSource page, MarkdownOutcome outcome,
                              SnippetLibrary library) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SnippetInclude include) {
                String name = include.getName().toString();
                if (!library.has(name)) {
                    FilePosition at = LinkCollector.position(document, include.getName(), page);
                    outcome.problems().add(SnippetLibrary.unknown(name, library.names(), page.displayName(),
                            at.line(), at.column()));
                }
                continue; // its children come from the snippet
            }
            visit(node, document, page, outcome, library);
        }
    }
}
