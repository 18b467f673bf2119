package kb.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import kb.report.SourcePosition;

/** Records every inline link and image of a page with its source position, for the link checks. */
public final class LinkCollector implements DocumentInspector {

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> add(LinkFact.Kind.LINK, link, link.getUrl().toString(),
                        link.getText().toString(), document, page, outcome)),
                new VisitHandler<>(Image.class, image -> add(LinkFact.Kind.IMAGE, image, image.getUrl().toString(),
                        image.getText().toString(), document, page, outcome))
        ).visit(document);
    }

    private static void add(LinkFact.Kind kind, Node node, String url, String text, Document document,
                            PageSource page, MarkdownOutcome outcome) {
        FilePosition at = position(document, node.getChars(), node.getStartOffset(), page);
        MarkdownLinks.Target target = url.startsWith("#")
                ? new MarkdownLinks.Target(page.url(), url.substring(1))
                : MarkdownLinks.resolve(url, page.contentPath());
        outcome.links().add(new LinkFact(kind, url, target == null ? null : target.path(),
                target == null ? null : target.fragment(), text, at.file(), at.line(), at.column()));
    }

    /** The 1-based file position of where {@code chars} start. */
    public static FilePosition position(Document document, BasedSequence chars, PageSource page) {
        return position(document, chars, chars.getStartOffset(), page);
    }

    /**
     * Converts a flexmark offset (0-based) in the text {@code chars} were parsed from to a 1-based file position:
     * in the page's file for its body, in a snippet's file for the text of an included snippet.
     */
    public static FilePosition position(Document document, BasedSequence chars, int offset, PageSource page) {
        FilePosition included = IncludedSources.position(document, chars.getBase(), offset);
        if (included != null) {
            return included;
        }
        LineIndex lines = LineIndex.of(document);
        SourcePosition at = SourcePosition.fromBody(lines.line(offset), lines.column(offset), page.bodyStartLine());
        return new FilePosition(page.displayName(), at.line(), at.column());
    }
}
