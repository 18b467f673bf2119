package kb.callout;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/**
 * Turns a block quote whose first line is {@code [!word]} (and nothing else) into a {@link Callout}, the way GitHub
 * and Obsidian read alerts: the marker line is dropped and the rest of the quote becomes the call-out's content.
 * Urgent-care call-outs are numbered in page order for their ids. A block quote without the marker stays one.
 */
final class CalloutPostProcessor extends NodePostProcessor {

    /** The marker: letters and hyphens, so {@code [!urgnt]} is found (and reported), {@code [!]} is not. */
    private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z-]*)\\][ \\t]*");

    private int careLevels;

    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
        if (!(node instanceof BlockQuote quote) || !(quote.getFirstChild() instanceof Paragraph first)) {
            return;
        }
        BasedSequence chars = first.getChars();
        int eol = chars.indexOf('\n');
        BasedSequence line = eol < 0 ? chars : chars.subSequence(0, eol);
        Matcher matcher = MARKER.matcher(line);
        if (!matcher.matches()) {
            return;
        }
        BasedSequence marker = line.subSequence(0, matcher.end(1) + 1);
        String word = matcher.group(1);
        Callout callout = new Callout(quote.getChars(), marker, word, CalloutKind.of(word));
        if (callout.getKind() != null && callout.getKind().isCareLevel()) {
            callout.setNumber(++careLevels);
        }
        dropMarkerLine(first, line.getEndOffset());
        callout.takeChildren(quote);
        quote.insertBefore(callout);
        quote.unlink();
        state.nodeRemoved(quote);
        state.nodeAddedWithChildren(callout);
    }

    /** Removes the inline nodes of the marker line and the line break after it; an emptied paragraph goes too. */
    private static void dropMarkerLine(Paragraph paragraph, int lineEnd) {
        Node child = paragraph.getFirstChild();
        while (child != null && child.getStartOffset() < lineEnd) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
            child.unlink();
        }
        if (paragraph.getFirstChild() == null) {
            paragraph.unlink();
        } else {
            paragraph.setCharsFromContent();
        }
    }

    static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(BlockQuote.class);
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            return new CalloutPostProcessor();
        }
    }
}
