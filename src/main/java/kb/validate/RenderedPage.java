package kb.validate;

import kb.build.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One rendered HTML file while the page checks run on it: its document (parsed with source positions) lives only
 * for that pass and is never kept for all pages at once.
 *
 * @param page      the content page, or null for a site-wide output such as {@code 404.html}
 * @param file      the file to name in problems: the page's source, or the template of a site-wide output
 * @param url       the URL the file is served at, for resolving its relative links
 * @param bodyStart offset of the Markdown body in the HTML (-1 when the page has none)
 */
public record RenderedPage(BuiltSite site, Page page, String file, String url, Document document, int bodyStart,
                           int bodyEnd) {

    /** Whether an element was written in the page's Markdown (true) or comes from the template (false). */
    public boolean inBody(Element element) {
        int at = element.sourceRange().startPos();
        return bodyStart >= 0 && at >= bodyStart && at < bodyEnd;
    }
}
