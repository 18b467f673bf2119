package kb.content;

import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * flexmark's autolink extension (JBake's {@code AUTOLINKS} flag) with a cheap test in front. The extension runs a
 * regular expression and a link scanner over every text node of every page, about a quarter of all Markdown time
 * in a profile, although almost no text holds a bare link. A bare URL needs {@code :}, an e-mail address {@code @},
 * a web address {@code www}; {@code &} covers entities that unescape to those. Text whose enclosing block has
 * none of them cannot change, so flexmark's own processor runs only on the rest: same output, less work.
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

    static boolean mayHoldLink(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&' || ((c == 'w' || c == 'W') && i + 2 < n
                    && (text.charAt(i + 1) == 'w' || text.charAt(i + 1) == 'W')
                    && (text.charAt(i + 2) == 'w' || text.charAt(i + 2) == 'W'))) {
                return true;
            }
        }
        return false;
    }
}
