package kb.sanitize;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashMap;
import java.util.Map;
import kb.content.DocumentInspector;
import kb.content.FilePosition;
import kb.content.LinkCollector;
import kb.content.MarkdownOutcome;
import kb.content.PageSource;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Reports, at their file position, the raw HTML that {@link SafeHtmlExtension} takes out of a page, an id used
 * twice on a page (raw HTML ids and heading anchors), Markdown images on another host, and every
 * Markdown link or image whose URL would run code ({@code javascript:}, {@code vbscript:}) or embed content
 * ({@code data:}). Each is an error: the page must be fixed before the site is published.
 */
public final class RawHtmlInspector implements DocumentInspector {

    @Override
    public void inspect(Document document, PageSource page, MarkdownOutcome outcome) {
        HeaderIdGenerator headingIds = new HeaderIdGenerator(document);
        headingIds.generateIds(document);
        inspect(document, document, page, outcome, new Ids(headingIds, new HashMap<>()));
    }

    /** The heading anchors flexmark generates, and each id met so far with its place (the first wins). */
    private record Ids(HeaderIdGenerator headings, Map<String, FilePosition> seen) {
    }

    private static void inspect(Node node, Document document, PageSource page, MarkdownOutcome outcome, Ids ids) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading heading) {
                String id = ids.headings().getId(heading);
                if (id != null && !id.isEmpty()) {
                    ids.seen().putIfAbsent(id, LinkCollector.position(document, heading.getChars(), page));
                }
            }
            if (child instanceof HtmlBlockBase || child instanceof HtmlInlineBase) {
                rawHtml(child, document, page, outcome, ids);
            } else if (child instanceof Link link) {
                url(link, link.getUrl(), "link", document, page, outcome);
            } else if (child instanceof Image image) {
                url(image, image.getUrl(), "image", document, page, outcome);
                otherHost(image, image.getUrl(), document, page, outcome);
            } else if (child instanceof Reference reference) {
                url(reference, reference.getUrl(), "link definition", document, page, outcome);
            } else if (child instanceof AutoLink autoLink) {
                url(autoLink, autoLink.getText(), "link", document, page, outcome);
            }
            inspect(child, document, page, outcome, ids);
        }
    }

    private static void rawHtml(Node node, Document document, PageSource page, MarkdownOutcome outcome, Ids ids) {
        RawHtmlCleaner.Cleaned cleaned = RawHtmlCleaner.clean(node.getChars().toString());
        for (RawHtmlCleaner.Id id : cleaned.ids()) {
            FilePosition at = LinkCollector.position(document, node.getChars(), node.getStartOffset() + id.offset(), page);
            FilePosition first = ids.seen().putIfAbsent(id.value(), at);
            if (first != null) {
                // Both may be the page's, or one a snippet's: the page shows them together.
                outcome.problems().add(Problem.error(Rules.HTML_DUPLICATE_ID, at.file(), at.line(), at.column(),
                        "id \"" + RawHtmlCleaner.excerpt(id.value()) + "\" is already used on line " + first.line()
                                + (first.file().equals(page.displayName()) ? " of this page" : " of " + first.file()
                                + (at.file().equals(page.displayName()) ? "" : ", both included by " + page.displayName())), "give each element its own id: a link to #" + id.value()
                                + " can lead to only one place (headings get their id from their text)"));
            }
        }
        for (RawHtmlCleaner.Removal removal : cleaned.removals()) {
            FilePosition at = LinkCollector.position(document, node.getChars(), node.getStartOffset() + removal.offset(), page);
            outcome.problems().add(Problem.error(removal.rule(), at.file(), at.line(), at.column(),
                    removal.message(), removal.hint()));
        }
    }

    /** A Markdown image on another site: the reader's browser would fetch it from there. */
    private static void otherHost(Node node, BasedSequence url, Document document, PageSource page,
                                  MarkdownOutcome outcome) {
        String address = url.toString().strip();
        if (!address.startsWith("//") && !address.regionMatches(true, 0, "http:", 0, 5)
                && !address.regionMatches(true, 0, "https:", 0, 6)) {
            return;
        }
        FilePosition at = LinkCollector.position(document, url, page);
        outcome.problems().add(Problem.error(Rules.ASSET_EXTERNAL, at.file(), at.line(), at.column(),
                "image \"" + RawHtmlCleaner.excerpt(address) + "\" would be loaded from another site",
                "pages load nothing from other sites (it would tell them who reads the page): save the image under"
                        + " assets/ and use its address there, or link to it instead: [chart](https://...)"));
    }

    private static void url(Node node, BasedSequence url, String what, Document document, PageSource page,
                            MarkdownOutcome outcome) {
        String scheme = UnsafeUrls.unsafeScheme(url.toString());
        if (scheme == null) {
            return;
        }
        FilePosition at = LinkCollector.position(document, url.isNull() ? node.getChars() : url, page);
        outcome.problems().add(Problem.error(Rules.LINK_UNSAFE_URL, at.file(), at.line(), at.column(),
                what + " address \"" + RawHtmlCleaner.excerpt(url.toString()) + "\" uses " + scheme
                        + ":" + (UnsafeUrls.disguised(url.toString()) ? " (written with character codes)" : "")
                        + ", which is not allowed",
                "pages run no scripts and embed no inline data; link to an http:, https: or mailto: address, a page"
                        + " of the site, or an image file under assets/"));
    }
}
