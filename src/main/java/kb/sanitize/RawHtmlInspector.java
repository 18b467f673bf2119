package kb.sanitize;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import kb.content.DocumentInspector;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.report.Problem;
import kb.report.SourcePosition;

/**
 * Reports, at their file position, the raw HTML that {@link SafeHtmlExtension} takes out of a page and every
 * Markdown link or image whose URL would run code ({@code javascript:}, {@code vbscript:}) or embed content
 * ({@code data:}). Each is an error: the page must be fixed before the site is published.
 */
public final class RawHtmlInspector implements DocumentInspector {

    static final String RULE_HTML = "html/unsafe";
    static final String RULE_URL = "link/unsafe-url";

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        inspect(document, document, page, outcome);
    }

    private static void inspect(Node node, Document document, PageSource page, MarkdownOutcome outcome) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                rawHtml(child, document, page, outcome);
            } else if (child instanceof Link link) {
                url(link, link.getUrl(), "link", document, page, outcome);
            } else if (child instanceof Image image) {
                url(image, image.getUrl(), "image", document, page, outcome);
            } else if (child instanceof Reference reference) {
                url(reference, reference.getUrl(), "link definition", document, page, outcome);
            } else if (child instanceof AutoLink autoLink) {
                url(autoLink, autoLink.getText(), "link", document, page, outcome);
            }
            inspect(child, document, page, outcome);
        }
    }

    private static void rawHtml(Node node, Document document, PageSource page, MarkdownOutcome outcome) {
        for (RawHtmlCleaner.Removal removal : RawHtmlCleaner.clean(node.getChars().toString()).removals()) {
            SourcePosition at = LinkCollector.position(document, node.getStartOffset() + removal.offset(), page);
            outcome.problems().add(Problem.error(RULE_HTML, page.displayName(), at.line(), at.column(),
                    removal.message(), removal.hint()));
        }
    }

    private static void url(Node node, BasedSequence url, String what, Document document, PageSource page,
                            MarkdownOutcome outcome) {
        String scheme = UnsafeUrls.unsafeScheme(url.toString());
        if (scheme == null) {
            return;
        }
        int offset = url.isNull() ? node.getStartOffset() : url.getStartOffset();
        SourcePosition at = LinkCollector.position(document, offset, page);
        outcome.problems().add(Problem.error(RULE_URL, page.displayName(), at.line(), at.column(),
                what + " address \"" + RawHtmlCleaner.excerpt(url.toString()) + "\" uses " + scheme
                        + ":, which is not allowed",
                "pages run no scripts and embed no inline data; link to an http:, https: or mailto: address, a page"
                        + " of the site, or an image file under assets/"));
    }
}
