package kb.content;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Gives every heading a "#" link to itself, so a reader can copy the address of one section. flexmark's
 * {@link AnchorLinkExtension} writes the link; its text is hidden from screen readers, so this extension adds an
 * {@code aria-label} naming the section (an anchor link without a name fails accessibility checks).
 */
public final class HeadingAnchorExtension implements HtmlRenderer.HtmlRendererExtension {

    /** The CSS class of the anchor links; site.js copies their address when they are clicked. */
    public static final String ANCHOR_CLASS = "anchor";

    private HeadingAnchorExtension() {
    }

    public static HeadingAnchorExtension create() {
        return new HeadingAnchorExtension();
    }

    /** The options {@link AnchorLinkExtension} needs: the id stays on the heading, the link only shows "#". */
    public static MutableDataSet anchorLinkOptions() {
        MutableDataSet options = new MutableDataSet();
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, ANCHOR_CLASS);
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX, "<span aria-hidden=\"true\">#</span>");
        options.set(AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX, "");
        return options;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return HeadingAnchorExtension::label;
            }
        });
    }

    private static void label(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof AnchorLink && node.getParent() instanceof Heading heading) {
            // Plain ASCII around the heading's text: one character above U+00FF (a curly quote) would make Java keep
            // every page's HTML as UTF-16, twice the memory and slower to parse and write.
            attributes.replaceValue("aria-label", "Link to the section: " + HeadingOutline.plainText(heading));
        }
    }
}
