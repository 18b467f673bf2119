package kb.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A flexmark extension that rewrites links to source files and site URLs into relative links, so
 * {@code [cupping](../techniques/cupping.md)} works on the site, under any base path and from a saved page. The
 * page being rendered comes from the document's {@link MarkdownRenderer#PAGE} key.
 */
public final class SiteLinkExtension implements HtmlRenderer.HtmlRendererExtension {

    private SiteLinkExtension() {
    }

    public static SiteLinkExtension create() {
        return new SiteLinkExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new Factory());
    }

    private static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new Resolver(MarkdownRenderer.PAGE.get(context.getDocument()));
        }
    }

    private static final class Resolver implements LinkResolver {
        private final PageSource page;

        Resolver(PageSource page) {
            this.page = page;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            boolean linkish = node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef;
            // An undefined reference ([text] with no [text]: url line) is plain text, not a link to resolve.
            boolean undefined = node instanceof RefNode ref && !ref.isDefined();
            if (page == null || !linkish || undefined || link.getUrl().startsWith("#")) {
                return link;
            }
            MarkdownLinks.Target target = MarkdownLinks.resolve(link.getUrl(), page.contentPath());
            if (target == null) {
                return link;
            }
            return link.withUrl(MarkdownLinks.href(page.url(), target)).withStatus(LinkStatus.VALID);
        }
    }
}
