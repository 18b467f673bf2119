package kb.content;

import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's autolink extension (JBake's {@code AUTOLINKS} flag) with a cheap test in front. The extension runs a
 * regular expression and a link scanner over every text node of every page, about a quarter of all Markdown time
 * in a profile, although almost no text holds a bare link. A bare URL needs {@code ://}, an e-mail address an
 * {@code @} after a character of its local part (not {@code [@key]}, a citation), a web address {@code www};
 * {@code &} and {@code \} cover entities and escapes that unescape to those. Text whose enclosing block has none
 * of them cannot change, so flexmark's own processor runs only on the rest: same output, less work.
 */
final class AutolinkPrefilter implements Parser.ParserExtension {

    private AutolinkPrefilter() {
    }

    static AutolinkPrefilter create() {
        return new AutolinkPrefilter();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // flexmark's extension has no options of its own to set; IGNORE_LINKS is read by its processor.
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** flexmark's factory (same node types and exclusions), whose processors skip text that holds no link. */
    private static final class Factory extends AutolinkNodePostProcessor.Factory {
        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor autolink = super.apply(document);
            return new NodePostProcessor() {
                private Node lastBlock;
                private boolean lastMayLink;

                @Override
                public void process(NodeTracker state, Node node) {
                    // flexmark joins a text node with its following siblings: the parent's text covers them all.
                    Node block = node.getParent();
                    if (block == null) {
                        autolink.process(state, node);
                        return;
                    }
                    if (block != lastBlock) {
                        lastBlock = block;
                        lastMayLink = mayHoldLink(block.getChars());
                    }
                    if (lastMayLink) {
                        autolink.process(state, node);
                    }
                }
            };
        }
    }

    static boolean mayHoldLink(BasedSequence chars) {
        // The parser keeps the page's String as the base of every sequence: scan it directly, not char by char.
        Object base = chars.getBase();
        if (base instanceof String text) {
            return mayHoldLink(text, chars.getStartOffset(), chars.getEndOffset());
        }
        String text = chars.toString();
        return mayHoldLink(text, 0, text.length());
    }

    static boolean mayHoldLink(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean link = switch (c) {
                case '&', '\\' -> true;
                case ':' -> i + 1 < to && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == '\\');
                case '@' -> i > from && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '[';
                case 'w', 'W' -> i + 2 < to && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w';
                default -> false;
            };
            if (link) {
                return true;
            }
        }
        return false;
    }
}
