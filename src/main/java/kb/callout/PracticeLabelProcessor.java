package kb.callout;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * Claims {@code [practice: …]} through flexmark's bracket handling, as the footnotes extension claims {@code [^…]}:
 * the text between the brackets is parsed as usual (emphasis, links' text) and becomes the label's children, less
 * the {@code practice:} prefix. flexmark tries inline links first, so {@code [practice: x](url)} stays a link.
 */
final class PracticeLabelProcessor implements LinkRefProcessor {

    static final String PREFIX = "practice:";

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(@NotNull BasedSequence nodeChars) {
        // nodeChars is the whole "[practice: …]"; a space must follow the colon, so "[practice:x]" is left alone.
        return nodeChars.length() > PREFIX.length() + 3
                && nodeChars.subSequence(1, 1 + PREFIX.length()).toString().equalsIgnoreCase(PREFIX)
                && Character.isWhitespace(nodeChars.charAt(1 + PREFIX.length()));
    }

    @Override
    public @NotNull Node createNode(@NotNull BasedSequence nodeChars) {
        return new PracticeLabel(nodeChars);
    }

    @Override
    public @NotNull BasedSequence adjustInlineText(@NotNull Document document, @NotNull Node node) {
        return node.getChars().subSequence(1 + PREFIX.length(), node.getChars().length() - 1).trimStart();
    }

    @Override
    public boolean allowDelimiters(@NotNull BasedSequence chars, @NotNull Document document, @NotNull Node node) {
        return true;
    }

    @Override
    public void updateNodeElements(@NotNull Document document, @NotNull Node node) {
        // The first text child starts with the prefix: keep only what follows it.
        if (node.getFirstChild() instanceof Text text) {
            BasedSequence rest = text.getChars();
            int at = rest.toString().toLowerCase().indexOf(PREFIX);
            if (at >= 0) {
                rest = rest.subSequence(at + PREFIX.length()).trimStart();
                if (rest.isEmpty()) {
                    text.unlink();
                } else {
                    text.setChars(rest);
                }
            }
        }
    }

    static final class Factory implements LinkRefProcessorFactory {

        @Override
        public boolean getWantExclamationPrefix(@NotNull DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(@NotNull DataHolder options) {
            return 0;
        }

        @Override
        public @NotNull LinkRefProcessor apply(@NotNull Document document) {
            return new PracticeLabelProcessor();
        }
    }
}
