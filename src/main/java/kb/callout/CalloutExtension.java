package kb.callout;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import org.jetbrains.annotations.NotNull;

/**
 * Alert block quotes and practice labels for flexmark, built like flexmark's footnotes extension: a block parser
 * turns {@code > [!kind]} quotations into {@link Callout}s ({@link CalloutBlockParser}), a link
 * reference processor turns {@code [practice: …]} into a {@link PracticeLabel} ({@link PracticeLabelProcessor}),
 * and a node renderer draws them, with the "Get help now if…" summary of a page's emergency and same-day call-outs
 * at the top of the body ({@link CalloutNodeRenderer}). Wording and ids come from the data keys below.
 */
public final class CalloutExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    /** The label shown before practice text. */
    public static final DataKey<String> PRACTICE_LABEL = new DataKey<>("KB_PRACTICE_LABEL", "From our clinic's practice");
    /** The heading of the summary of a page's emergency and same-day call-outs. */
    public static final DataKey<String> SUMMARY_TITLE = new DataKey<>("KB_CALLOUT_SUMMARY_TITLE", "Get help now if…");
    /** Id prefix of urgent-care call-outs, which the summary links to: {@code callout-1}. */
    public static final DataKey<String> ID_PREFIX = new DataKey<>("KB_CALLOUT_ID_PREFIX", "callout-");

    private CalloutExtension() {
    }

    public static CalloutExtension create() {
        return new CalloutExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new CalloutBlockParser.Factory());
        parserBuilder.linkRefProcessorFactory(new PracticeLabelProcessor.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder rendererBuilder, @NotNull String rendererType) {
        if (rendererBuilder.isRendererType("HTML")) {
            rendererBuilder.nodeRendererFactory(new CalloutNodeRenderer.Factory());
        }
    }
}
