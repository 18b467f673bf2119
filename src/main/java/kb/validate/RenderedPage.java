package kb.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kb.site.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One rendered HTML file while the page checks run on it: its document lives only for that pass and is never kept
 * for all pages at once.
 *
 * <p>The document is parsed without source positions: tracking them doubled the cost of parsing, and they are
 * only needed to report a problem. Which elements came from the page's Markdown is found instead from two comments
 * put around the body in the parsed copy of the HTML; {@link #position} parses the page again, with positions,
 * only when a check has something to report.
 */
public final class RenderedPage {

    private static final String BODY_START = "kb:body";
    private static final String BODY_END = "/kb:body";

    private final Page page;
    private final String file;
    private final String output;
    private final String url;
    private final String html;
    private final Set<Element> body = Collections.newSetFromMap(new IdentityHashMap<>(512));
    private final List<Element> elements;
    private final Map<String, Optional<RenderedHref>> hrefs = new HashMap<>();
    private List<Element> tracked;

    /**
     * @param page      the content page, or null for a site-wide output such as {@code 404.html}
     * @param file      the file to name in problems: the page's source, or the template of a site-wide output
     * @param output    the file's path in the output folder, e.g. {@code injuries/runners-knee/index.html}
     * @param url       the URL the file is served at, for resolving its relative links
     * @param html      the file's HTML
     * @param bodyStart offset of the Markdown body in the HTML (-1 when the page has none)
     * @param bodyEnd   offset just after the body
     */
    RenderedPage(Page page, String file, String output, String url, String html, int bodyStart, int bodyEnd) {
        this.page = page;
        this.file = file;
        this.output = output;
        this.url = url;
        this.html = html;
        Document document = bodyStart < 0 ? Jsoup.parse(html)
                : Jsoup.parse(html.substring(0, bodyStart) + "<!--" + BODY_START + "-->"
                        + html.substring(bodyStart, bodyEnd) + "<!--" + BODY_END + "-->" + html.substring(bodyEnd));
        this.elements = listElements(document);
    }

    /**
     * Lists every element in document order and marks those between the body comments, in one walk (Jsoup's
     * {@code getAllElements} goes through a stream, slow under C1).
     */
    private List<Element> listElements(Document document) {
        List<Element> all = new ArrayList<>(512);
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inside;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    all.add(element);
                    if (inside) {
                        body.add(element);
                    }
                } else if (node instanceof Comment comment) {
                    inside = comment.getData().equals(BODY_START) || inside && !comment.getData().equals(BODY_END);
                }
            }
        }, document);
        return all;
    }

    /** The content page, or null for a site-wide output. */
    public Page page() {
        return page;
    }

    public String file() {
        return file;
    }

    /** The file's path in the output folder. */
    public String output() {
        return output;
    }

    public String url() {
        return url;
    }

    /** Whether an element was written in the page's Markdown (true) or comes from the template (false). */
    public boolean inBody(Element element) {
        return body.contains(element);
    }

    /** Every element in document order, listed once for all checks of the page. */
    public List<Element> elements() {
        return elements;
    }

    /** {@link RenderedHref#resolve} from this page, once per distinct value (checks share the answers). */
    public RenderedHref href(String value) {
        return hrefs.computeIfAbsent(value, v -> Optional.ofNullable(RenderedHref.resolve(url, v))).orElse(null);
    }

    /**
     * Where an element of {@link #elements()} starts and ends in the HTML file. The first call parses the HTML again
     * with positions; the element is found there by its place in document order (comments add no elements).
     */
    public Range position(Element element) {
        if (tracked == null) {
            tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)).getAllElements();
        }
        List<Element> all = elements();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == element) {
                return tracked.get(i).sourceRange();
            }
        }
        throw new IllegalArgumentException("not an element of this page: <" + element.normalName() + ">");
    }
}
