package kb.content;

import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.content.Placeholder;

/**
 * Finds the placeholders of a page's Markdown while it is parsed ({@link kb.validate.PlaceholderCheck} reports them): a
 * {@link Placeholder} word at the start of a paragraph (so also of a list item or a quote) or of one of its lines,
 * also in bold or italics. Code spans and code blocks are not paragraphs' text, so a {@code TODO} shown as code is
 * not one; nor is the word in the middle of a sentence.
 */
public final class PlaceholderFinder implements DocumentInspector {

    /** The placeholders of one page's Markdown, in order. */
    public record Found(List<Spot> spots) {
        public Found {
            spots = List.copyOf(spots);
        }
    }

    /**
     * One placeholder: its line as written from the start of its text, the file it is in (the page's or an included
     * snippet's), and the 1-based position of the word there.
     */
    public record Spot(String text, String file, int line, int column) {
    }

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        List<Spot> spots = new ArrayList<>();
        for (Node paragraph : document.getDescendants()) {
            if (!(paragraph instanceof Paragraph)) {
                continue;
            }
            boolean lineStart = true;
            for (Node node = paragraph.getFirstChild(); node != null; node = node.getNext()) {
                if (lineStart) {
                    Text first = leadingText(node);
                    if (first != null && Placeholder.wordAt(first.getChars(), 0) != null) {
                        FilePosition at = LinkCollector.position(document, first.getChars(), page);
                        // Quoted as written, from the line's first mark (e.g. "**TODO**: ..."); placed at the word.
                        // The line is read from the node's own text: a snippet's, when it comes from one.
                        spots.add(new Spot(restOfLine(node.getChars().getBaseSequence(), node.getStartOffset()),
                                at.file(), at.line(), at.column()));
                    }
                }
                lineStart = node instanceof SoftLineBreak || node instanceof HardLineBreak;
            }
        }
        outcome.fact(Found.class, new Found(spots));
    }

    /** The text a line starts with, looking into bold and italics; null when it starts with code, a link, etc. */
    private static Text leadingText(Node node) {
        Node at = node;
        while (at instanceof Emphasis || at instanceof StrongEmphasis) {
            at = at.getFirstChild();
        }
        return at instanceof Text text ? text : null;
    }

    private static String restOfLine(BasedSequence body, int offset) {
        int end = offset;
        while (end < body.length() && body.charAt(end) != '\n' && body.charAt(end) != '\r') {
            end++;
        }
        return body.subSequence(offset, end).toString().strip();
    }
}
