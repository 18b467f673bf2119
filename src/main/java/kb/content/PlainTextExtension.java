package kb.content;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Writes plain text straight from the page's source. flexmark's core renderer turns every text node into a new
 * string three times (unescape, line-end normalising, HTML escaping), copying it one character at a time through
 * its sequence classes; on prose that changes nothing, and it was a tenth of a large build (JFR). A text node
 * holding none of the characters those steps act on ({@code \ & \r < > "}) is written as the very characters of
 * the source; any other goes to the core renderer, so the HTML is the same either way.
 */
public final class PlainTextExtension implements HtmlRenderer.HtmlRendererExtension {

    private PlainTextExtension() {
    }

    public static PlainTextExtension create() {
        return new PlainTextExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String plain = plain(node.getChars());
            if (plain != null) {
                html.append(plain);
            } else {
                context.delegateRender();
            }
        }
    }

    /** The text as written when it is one piece of the source and needs no escaping or unescaping, else null. */
    static String plain(BasedSequence chars) {
        // Only a plain slice of the source: a text node joined from pieces has other characters than its span.
        String slice = SourceSlice.of(chars);
        if (slice == null) {
            return null;
        }
        for (int i = 0; i < slice.length(); i++) {
            switch (slice.charAt(i)) {
                case '\\', '&', '\r', '<', '>', '"' -> {
                    return null;
                }
                default -> {
                }
            }
        }
        return slice;
    }
}
