package kb.sanitize;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders raw HTML blocks and inline tags as {@link RawHtmlCleaner} cleans them, instead of flexmark's verbatim
 * copy, and renders links and images with {@code javascript:}, {@code vbscript:} or {@code data:} URLs as plain
 * text (flexmark's {@code SUPPRESSED_LINKS}). {@link RawHtmlInspector} reports what was taken out.
 */
public final class SafeHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    private SafeHtmlExtension() {
    }

    public static SafeHtmlExtension create() {
        return new SafeHtmlExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        options.set(HtmlRenderer.SUPPRESSED_LINKS, UnsafeUrls.FLEXMARK_PATTERN);
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new CleanHtmlRenderer());
    }

    private static final class CleanHtmlRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, CleanHtmlRenderer::block),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, CleanHtmlRenderer::block),
                    new NodeRenderingHandler<>(HtmlInnerBlock.class, CleanHtmlRenderer::block),
                    new NodeRenderingHandler<>(HtmlInnerBlockComment.class, CleanHtmlRenderer::block),
                    new NodeRenderingHandler<>(HtmlInline.class, CleanHtmlRenderer::inline),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, CleanHtmlRenderer::inline),
                    new NodeRenderingHandler<>(Link.class, (node, context, html) -> link(node, node.getUrl(), context)),
                    new NodeRenderingHandler<>(Image.class, (node, context, html) -> image(node, node.getUrl(), node.getText(), context, html)),
                    new NodeRenderingHandler<>(LinkRef.class, (node, context, html) -> link(node, referenceUrl(node), context)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> image(node, referenceUrl(node), node.getText(), context, html)));
        }

        // flexmark's SUPPRESSED_LINKS matches the address as written, so "&#106;avascript:" slips past it; these
        // decode it as the browser would and render such links as their text, images as their alt text.
        private static void link(Node node, CharSequence url, NodeRendererContext context) {
            if (url != null && UnsafeUrls.unsafeScheme(url.toString()) != null) {
                context.renderChildren(node);
            } else {
                context.delegateRender();
            }
        }

        private static void image(Node node, CharSequence url, CharSequence alt, NodeRendererContext context, HtmlWriter html) {
            if (url != null && UnsafeUrls.unsafeScheme(url.toString()) != null) {
                html.text(alt.toString());
            } else {
                context.delegateRender();
            }
        }

        private static CharSequence referenceUrl(RefNode node) {
            Reference reference = node.getReferenceNode(node.getDocument());
            return reference == null ? null : reference.getUrl();
        }

        // JBake's SUPPRESS_* and ESCAPE_* Markdown flags still apply: they only make the output safer.
        private static void block(Node node, NodeRendererContext context, HtmlWriter html) {
            HtmlRendererOptions options = context.getHtmlOptions();
            if (options.suppressHtmlBlocks) {
                return;
            }
            String text = options.escapeHtmlBlocks ? node.getChars().toString().replace("\r\n", "\n") : cleaned(node);
            if (!text.isBlank()) {
                html.line();
                if (options.escapeHtmlBlocks) {
                    html.text(text);
                } else {
                    html.rawPre(text);
                }
                html.lineIf(!text.endsWith("\n"));
            }
        }

        private static void inline(Node node, NodeRendererContext context, HtmlWriter html) {
            HtmlRendererOptions options = context.getHtmlOptions();
            if (options.suppressInlineHtml) {
                return;
            }
            if (options.escapeInlineHtml) {
                html.text(node.getChars().toString());
            } else {
                html.raw(cleaned(node));
            }
        }

        private static String cleaned(Node node) {
            return RawHtmlCleaner.clean(node.getChars().toString()).html().replace("\r\n", "\n");
        }
    }
}
