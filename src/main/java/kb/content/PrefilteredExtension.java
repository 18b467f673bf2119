package kb.content;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * One of flexmark's extensions with its parsing part replaced by the same processors behind a cheap test (see the
 * subclasses); its options and its HTML renderer are the original extension's.
 */
abstract class PrefilteredExtension<E extends Parser.ParserExtension & HtmlRenderer.HtmlRendererExtension>
        implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final E original;

    PrefilteredExtension(E original) {
        this.original = original;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        original.parserOptions(options);
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
        original.rendererOptions(options);
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        original.extend(builder, rendererType);
    }
}
