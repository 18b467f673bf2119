package kb.snippet;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Shared snippets for flexmark, built like flexmark's footnotes extension: a block parser for the include line
 * ({@link SnippetBlockParser}), a node ({@link SnippetInclude}), a document post-processor that puts the snippet
 * under it ({@link SnippetIncluder}) and a renderer that renders its content in place. The snippets come from the
 * {@link #LIBRARY} data key. Register it before the citation extension: flexmark runs document post-processors in
 * the order of their extensions, and citations in a snippet must be there when the page's are numbered.
 */
public final class SnippetExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The snippets pages may include; none by default. */
    public static final DataKey<SnippetLibrary> LIBRARY = new DataKey<>("KB_SNIPPETS", SnippetLibrary.empty());

    private SnippetExtension() {
    }

    public static SnippetExtension create() {
        return new SnippetExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new SnippetBlockParser.Factory());
        parserBuilder.postProcessorFactory(new SnippetIncluder.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.<NodeRenderingHandler<?>>of(
                    new NodeRenderingHandler<>(SnippetInclude.class, (include, context, html) -> context.renderChildren(include))));
        }
    }
}
